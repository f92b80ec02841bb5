import { expect } from '@open-wc/testing';
import {
  DefaultData,
  RETRY_MS,
  type DataSource,
  type LanguageFile,
  type RegionFile,
} from '../src/manifest/default-data.js';
import type { Resource } from '../src/manifest/schema.js';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const service = (id: string, region: string): Resource => ({
  id,
  kind: 'helpline',
  name: { en: `${id} name` },
  description: { en: `${id} says hello` },
  regions: [region],
  audiences: ['teen'],
  topics: ['youth-support'],
  channels: [{ type: 'web', url: `https://${id}.example` }],
});

/** A source whose files arrive when the test says, as the script-tag bundles' do over the network. */
function slowSource() {
  const waiting = new Map<string, { resolve: (file: never) => void; reject: (e: Error) => void }>();
  const asked: string[] = [];
  const pending = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      asked.push(key);
      waiting.set(key, { resolve: resolve as (file: never) => void, reject });
    });
  const source: DataSource = {
    core: {
      languages: ['en', 'fr'],
      regions: ['CA', 'NZ'],
      emergency: [{ region: 'CA', numbers: ['911'] }],
      intl: [service('everywhere', 'INTL')],
      early: { fr: { loading: 'Chargement de l’aide…' } },
    },
    section: (name) => pending(`section:${name}`),
    region: (code) => pending<RegionFile>(`region:${code}`),
    language: (tag) => pending<LanguageFile>(`language:${tag}`),
  };
  const arrive = (key: string, file: unknown) => waiting.get(key)!.resolve(file as never);
  const fail = (key: string) => waiting.get(key)!.reject(new Error('404'));
  return { source, asked, arrive, fail };
}

describe('the built-in data, loaded as panels need it', () => {
  it("puts where a country's emergency numbers come from back into them when its file arrives", async () => {
    const { source, arrive } = slowSource();
    const data = new DefaultData(source);
    data.ready('CA', 'en');
    const provenance = { sources: ['https://example.ca'], verified: '2026-11-23' };
    arrive('region:CA', {
      region: 'CA',
      resources: [service('ca-line', 'CA')],
      emergency: provenance,
    });
    await tick();
    expect(data.manifest.emergency).to.deep.equal([
      { region: 'CA', numbers: ['911'], ...provenance },
    ]);
  });

  it('asks for a country, a language and a section once, and is ready when all three are here', async () => {
    const { source, asked, arrive } = slowSource();
    const data = new DefaultData(source);
    let heard = 0;
    data.subscribe(() => (heard += 1));

    expect(data.ready('CA', 'fr', ['guide'])).to.equal(false);
    expect(data.ready('CA', 'fr', ['guide'])).to.equal(false);
    expect(asked).to.deep.equal(['region:CA', 'language:fr', 'section:guide']);
    expect(data.manifest.resources.map((r) => r.id)).to.deep.equal(['everywhere']);
    // Before French arrives, the few early words are there already.
    expect(data.strings.fr?.loading).to.equal('Chargement de l’aide…');

    arrive('region:CA', { region: 'CA', resources: [service('kids', 'CA')] });
    arrive('section:guide', { steps: [], situations: [], faq: [] });
    await tick();
    expect(data.ready('CA', 'fr', ['guide'])).to.equal(false);
    arrive('language:fr', {
      strings: { loading: 'Chargement…', 'hotline.heading': 'Obtenir de l’aide' },
      texts: {
        CA: { '/resources/0/name': 'Jeunesse' },
        core: { '/intl/0/description': 'Bonjour de partout' },
      },
    });
    await tick();
    expect(data.ready('CA', 'fr', ['guide'])).to.equal(true);
    expect(heard).to.equal(3);
    const [kids, everywhere] = data.manifest.resources;
    expect(kids!.name).to.deep.equal({ en: 'kids name', fr: 'Jeunesse' });
    expect(everywhere!.description).to.deep.equal({
      en: 'everywhere says hello',
      fr: 'Bonjour de partout',
    });
    expect(data.strings.fr?.['hotline.heading']).to.equal('Obtenir de l’aide');
  });

  it('gives a country that arrives after its language that language too', async () => {
    const { source, arrive } = slowSource();
    const data = new DefaultData(source);
    data.ready('INTL', 'fr');
    arrive('language:fr', { strings: {}, texts: { NZ: { '/resources/0/name': 'Nom' } } });
    await tick();
    data.ready('NZ', 'fr');
    arrive('region:NZ', { region: 'NZ', resources: [service('nz', 'NZ')] });
    await tick();
    expect(data.manifest.resources[0]!.name).to.deep.equal({ en: 'nz name', fr: 'Nom' });
  });

  it('says a country failed, stops waiting for it, and keeps the services that work everywhere', async () => {
    const { source, fail } = slowSource();
    const data = new DefaultData(source);
    const errorWas = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      expect(data.ready('NZ', 'en')).to.equal(false);
      fail('region:NZ');
      await tick();
    } finally {
      console.error = errorWas;
    }
    expect(data.ready('NZ', 'en')).to.equal(true);
    expect(data.failed('NZ')).to.equal(true);
    expect(data.manifest.resources.map((r) => r.id)).to.deep.equal(['everywhere']);
    expect(String(logged[0])).to.contain('region NZ');
  });

  it('tries a failed file again at once in the background, showing what there is and saying what is missing meanwhile', async () => {
    const { source, asked, fail, arrive } = slowSource();
    const data = new DefaultData(source);
    const errorWas = console.error;
    console.error = () => {};
    try {
      data.ready('NZ', 'en');
      fail('region:NZ');
      await tick();
      expect(asked).to.deep.equal(['region:NZ', 'region:NZ']);
      expect(data.ready('NZ', 'en'), 'the panel waits for the retry').to.equal(true);
      expect(data.missing('NZ', 'en', [], false)).to.deep.equal(['region']);
      arrive('region:NZ', { region: 'NZ', resources: [service('nz', 'NZ')] });
      await tick();
      expect(data.missing('NZ', 'en', [], false)).to.deep.equal([]);
      expect(data.manifest.resources.map((r) => r.id)).to.deep.equal(['nz', 'everywhere']);
    } finally {
      console.error = errorWas;
    }
  });

  it('after the retry fails too, asks again when a panel next needs it, once a few seconds have passed', async () => {
    const { source, asked, fail, arrive } = slowSource();
    const data = new DefaultData(source);
    const errorWas = console.error;
    const nowWas = Date.now;
    let now = 1_000_000;
    Date.now = () => now;
    console.error = () => {};
    try {
      data.ready('NZ', 'en');
      fail('region:NZ');
      await tick();
      fail('region:NZ');
      await tick();
      data.ready('NZ', 'en');
      expect(asked).to.deep.equal(['region:NZ', 'region:NZ']);
      now += RETRY_MS;
      data.ready('NZ', 'en');
      expect(asked).to.deep.equal(['region:NZ', 'region:NZ', 'region:NZ']);
      arrive('region:NZ', { region: 'NZ', resources: [service('nz', 'NZ')] });
      await tick();
      expect(data.ready('NZ', 'en')).to.equal(true);
      expect(data.manifest.resources.map((r) => r.id)).to.deep.equal(['nz', 'everywhere']);
    } finally {
      console.error = errorWas;
      Date.now = nowWas;
    }
  });

  it('takes a file of the wrong shape as a failure, not a wait, and keeps the rest working', async () => {
    const { source, arrive } = slowSource();
    const data = new DefaultData(source);
    const errorWas = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args[1]);
    try {
      expect(data.ready('NZ', 'en', ['guide'])).to.equal(false);
      // A stale copy from another version: a country file with no list, a guide that is something else.
      arrive('region:NZ', { region: 'NZ', services: [] });
      arrive('section:guide', '<!doctype html>');
      await tick();
      expect(data.ready('NZ', 'en', ['guide'])).to.equal(true);
      expect(data.missing('NZ', 'en', ['guide'], false)).to.deep.equal(['region', 'guide']);
      expect(data.manifest.resources.map((r) => r.id)).to.deep.equal(['everywhere']);
      expect(String(logged[0])).to.contain('not a safety-panels region file');
    } finally {
      console.error = errorWas;
    }
  });

  it('asks once more for a file still on its way when told (it may hang), and takes whichever comes first', async () => {
    const { source, asked, arrive } = slowSource();
    const data = new DefaultData(source);
    data.ready('NZ', 'en');
    expect(data.missing('NZ', 'en', [], false)).to.deep.equal([]);
    expect(data.missing('NZ', 'en', [], true)).to.deep.equal(['region']);
    data.retryWaiting();
    data.retryWaiting();
    expect(asked).to.deep.equal(['region:NZ', 'region:NZ']);
    arrive('region:NZ', { region: 'NZ', resources: [service('nz', 'NZ')] });
    await tick();
    expect(data.ready('NZ', 'en')).to.equal(true);
    expect(data.manifest.resources.map((r) => r.id)).to.deep.equal(['nz', 'everywhere']);
  });

  it('needs nothing for English, for INTL, or for a country with no file', () => {
    const { source, asked } = slowSource();
    const data = new DefaultData(source);
    expect(data.ready('INTL', 'en')).to.equal(true);
    expect(data.ready('JP', 'en')).to.equal(true);
    expect(asked).to.deep.equal([]);
  });
});
