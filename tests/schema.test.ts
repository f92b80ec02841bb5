import { expect } from '@open-wc/testing';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { isSafeHref, parseManifest, type ManifestIssue } from '../src/manifest/schema.js';
import { hostileManifest, javascriptLinkManifest, schoolManifest } from './fixtures/manifests.js';

function issuesOf(value: unknown): ManifestIssue[] {
  const result = parseManifest(value);
  return result.ok ? [] : result.issues;
}

/** A valid stand-alone manifest with one resource, changed by `edit` to break one field. */
function withResource(edit: (resource: Record<string, unknown>) => void): unknown {
  const resource: Record<string, unknown> = {
    id: 'test-line',
    kind: 'helpline',
    name: 'Test line',
    description: 'For tests.',
    regions: ['US'],
    audiences: ['teen'],
    topics: ['youth-support'],
    channels: [{ type: 'phone', display: '0800 1111', number: '+448001111' }],
  };
  edit(resource);
  return { version: 1, resources: [resource] };
}

describe('manifest schema', () => {
  it('accepts the built-in default manifest', () => {
    expect(issuesOf(defaultManifest)).to.deep.equal([]);
  });

  it('accepts a school manifest that extends the default', () => {
    expect(issuesOf(schoolManifest)).to.deep.equal([]);
  });

  it('accepts hostile strings in text fields: they are rendered as text, not refused', () => {
    const result = parseManifest({
      ...hostileManifest,
      resources: [
        {
          ...hostileManifest.resources[0],
          channels: [{ type: 'web', url: 'https://example.org' }],
        },
      ],
    });
    expect(result.ok).to.equal(true);
  });

  it('refuses a javascript: link and names its path', () => {
    expect(issuesOf(javascriptLinkManifest)).to.deep.equal([
      { path: 'resources[0].channels[0].url', message: 'must be an https: link' },
    ]);
  });

  for (const url of [
    'http://example.org',
    'data:text/html,hi',
    'javascript:alert(1)',
    'ftp://x.org',
    'not a url',
  ]) {
    it(`refuses the web link ${url}`, () => {
      const issues = issuesOf(withResource((r) => (r.channels = [{ type: 'web', url }])));
      expect(issues.map((i) => i.path)).to.deep.equal(['resources[0].channels[0].url']);
    });
  }

  it('refuses a source that is not https', () => {
    const issues = issuesOf(withResource((r) => (r.sources = ['http://example.org'])));
    expect(issues.map((i) => i.path)).to.deep.equal(['resources[0].sources[0]']);
  });

  it('reports unknown keys by path', () => {
    const issues = issuesOf(withResource((r) => (r.phoneNumber = '911')));
    expect(issues).to.deep.equal([
      {
        path: 'resources[0].phoneNumber',
        message: 'is not a field the manifest knows (check its spelling)',
      },
    ]);
  });

  it('reports an unknown top-level key', () => {
    expect(issuesOf({ version: 1, resource: [] }).map((i) => i.path)).to.deep.equal(['resource']);
  });

  const bad: [string, (r: Record<string, unknown>) => void, string][] = [
    ['a region that is not ISO 3166', (r) => (r.regions = ['USA']), 'resources[0].regions[0]'],
    ['an unknown audience', (r) => (r.audiences = ['everyone']), 'resources[0].audiences[0]'],
    ['an unknown kind', (r) => (r.kind = 'charity'), 'resources[0].kind'],
    ['an id that is not kebab-case', (r) => (r.id = 'Test Line'), 'resources[0].id'],
    ['empty text', (r) => (r.name = ''), 'resources[0].name'],
    [
      'an empty translation',
      (r) => (r.description = { en: 'ok', es: '' }),
      'resources[0].description.es',
    ],
    ['no channels', (r) => (r.channels = []), 'resources[0].channels'],
    [
      'a one-digit short code',
      (r) => (r.channels = [{ type: 'phone', display: '1', number: '1' }]),
      'resources[0].channels[0].number',
    ],
    [
      'a phone number that is not E.164',
      (r) => (r.channels = [{ type: 'phone', display: '0800 1111', number: '08001111a' }]),
      'resources[0].channels[0].number',
    ],
    [
      'an unknown channel type',
      (r) => (r.channels = [{ type: 'pigeon', url: 'https://x.org' }]),
      'resources[0].channels[0].type',
    ],
    [
      'an unknown time zone',
      (r) =>
        (r.hours = {
          type: 'weekly',
          timeZone: 'Mars/Olympus',
          spans: [{ days: ['mon'], open: '09:00', close: '17:00' }],
        }),
      'resources[0].hours.timeZone',
    ],
    [
      'a time that is not a time',
      (r) =>
        (r.hours = {
          type: 'weekly',
          timeZone: 'Europe/London',
          spans: [{ days: ['mon'], open: '9am', close: '17:00' }],
        }),
      'resources[0].hours.spans[0].open',
    ],
    [
      'an unknown day',
      (r) =>
        (r.hours = {
          type: 'weekly',
          timeZone: 'UTC',
          spans: [{ days: ['monday'], open: '09:00', close: '17:00' }],
        }),
      'resources[0].hours.spans[0].days[0]',
    ],
    ['a bad verified date', (r) => (r.verified = '23/11/2026'), 'resources[0].verified'],
    ['an unknown anonymity', (r) => (r.anonymous = 'maybe'), 'resources[0].anonymous'],
  ];
  for (const [what, edit, path] of bad) {
    it(`refuses ${what} at ${path}`, () => {
      expect(issuesOf(withResource(edit)).map((i) => i.path)).to.deep.equal([path]);
    });
  }

  it('refuses a missing required field', () => {
    const issues = issuesOf(withResource((r) => delete r.description));
    expect(issues.map((i) => i.path)).to.deep.equal(['resources[0].description']);
  });

  it('refuses a second resource with the same id', () => {
    const manifest = withResource(() => {}) as { resources: unknown[] };
    manifest.resources.push(manifest.resources[0]);
    expect(issuesOf(manifest)).to.deep.equal([
      { path: 'resources[1].id', message: '"test-line" is used by another resource' },
    ]);
  });

  it('refuses another version', () => {
    expect(issuesOf({ version: 2 }).map((i) => i.path)).to.deep.equal(['version']);
  });

  it('names the whole file when it is not an object', () => {
    expect(issuesOf('hello').map((i) => i.path)).to.deep.equal(['(the whole file)']);
  });

  it('allows only https:, tel:, sms: and mailto: hrefs', () => {
    expect(
      ['https://a.org', 'tel:+1800', 'sms:233733', 'mailto:a@b.org'].every(isSafeHref),
    ).to.equal(true);
    expect(
      [
        'http://a.org',
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        'data:,x',
        '/relative',
        'vbscript:x',
      ].some(isSafeHref),
    ).to.equal(false);
  });
});

describe('default manifest content', () => {
  const ids = defaultManifest.resources.map((r) => r.id);

  it('carries every resource the reference marks confirmed, and none it marks likely', () => {
    expect(ids).to.include.members([
      'ncmec-cybertipline',
      'ncmec-take-it-down',
      'fbi-tips',
      'nhth',
      'rainn-hotline',
      'dod-safe-helpline',
      'cybertip-ca',
      'needhelpnow-ca',
      'kids-help-phone',
      'childline-report-remove',
      'childline',
      'nspcc-helpline',
      'iwf-report',
      'esafety-report',
      'stopncii',
      'inhope',
    ]);
    for (const likely of [
      'ccri-helpline',
      'lifeline-988',
      'crisis-text-line',
      'childhelp',
      'ca-trafficking-hotline',
      'revenge-porn-helpline',
      'kids-helpline-au',
      'respect-au',
      'hotline-ie',
      'ceop',
      'accce-report',
    ]) {
      expect(ids, likely).not.to.include(likely);
    }
  });

  it('gives every resource a source and a verified date', () => {
    for (const resource of defaultManifest.resources) {
      expect(resource.sources?.length, resource.id).to.be.greaterThan(0);
      expect(resource.verified, resource.id).to.equal('2026-11-23');
    }
  });

  it('has emergency numbers for US, CA, GB, AU and IE', () => {
    const byRegion = Object.fromEntries(
      defaultManifest.emergency
        .filter((e) => ['US', 'CA', 'GB', 'AU', 'IE'].includes(e.region))
        .map((e) => [e.region, e.numbers]),
    );
    expect(byRegion).to.deep.equal({
      US: ['911'],
      CA: ['911'],
      GB: ['999'],
      AU: ['000'],
      IE: ['112', '999'],
    });
  });

  it('has the numbers the reference gives, dialled in E.164', () => {
    const numbers = defaultManifest.resources.flatMap((r) =>
      r.channels.flatMap((c) =>
        c.type === 'phone' || c.type === 'text' ? [`${r.id} ${c.number}`] : [],
      ),
    );
    expect(numbers).to.include.members([
      'ncmec-cybertipline +18008435678',
      'fbi-tips +18002255324',
      'nhth +18883737888',
      'nhth 233733',
      'rainn-hotline +18006564673',
      'childline +448001111',
      'nspcc-helpline +448088005000',
      'kids-help-phone +18006686868',
      'cybertip-ca +18666589022',
    ]);
  });

  it('has English and Spanish for every piece of guidance text', () => {
    const texts = [
      ...defaultManifest.guide.situations.flatMap((s) => [
        s.title,
        s.recognise,
        ...s.keep,
        ...s.never,
      ]),
      ...defaultManifest.guide.faq.flatMap((f) => [f.question, f.answer]),
      ...defaultManifest.guide.steps.flatMap((s) => [s.title, s.summary]),
      ...defaultManifest.warningSigns.groups.flatMap((g) => [
        g.title,
        ...g.signs.flatMap((s) => [s.text, s.why!]),
      ]),
      ...defaultManifest.resources.map((r) => r.description),
    ];
    for (const text of texts) {
      expect(text).to.include.all.keys('en', 'es');
    }
  });
});
