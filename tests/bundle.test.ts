/**
 * The built script-tag bundle, as a site uses it: the English core inside, a country's services fetched from
 * beside the script when a panel first shows that country. `npm test` builds dist/ before the browser tests run.
 * (tests/node/languages.test.mjs watches which files whole pages load.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';

const bundle = '/dist/safety-panels.js';

describe('dist/safety-panels.js', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  before(async () => {
    window.addEventListener('error', onError);
    await import(bundle);
  });
  after(() => window.removeEventListener('error', onError));

  it('registers the elements', () => {
    for (const tag of ['hotline-list', 'report-help', 'warning-signs']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('shows the CyberTipline, the trafficking hotline and RAINN for the US with tel: links, fetching only the US file', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture(html`<hotline-list region="US"></hotline-list>`);
    const shadow = el.shadowRoot!;
    await waitUntil(() => shadow.textContent!.includes('CyberTipline'), 'no US services', {
      timeout: 3000,
    });
    // Five services at a time: "Show more services" until all are there.
    for (let more = shadow.querySelector<HTMLElement>('[part="more"]'); more;) {
      more.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      more = shadow.querySelector<HTMLElement>('[part="more"]');
    }
    const tels = [...shadow.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(tels).to.include.members([
      'tel:911',
      'tel:+18008435678',
      'tel:+18883737888',
      'tel:+18006564673',
    ]);
    const text = shadow.textContent!;
    for (const name of [
      'CyberTipline',
      'National Human Trafficking Hotline',
      'National Sexual Assault Hotline',
    ]) {
      expect(text).to.contain(name);
    }
    const requests = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => new URL(entry.name).pathname);
    expect(requests).to.deep.equal(['/dist/regions/US.js']);
  });

  it('keeps the spaces around "or" in the emergency line, and says what each number is for', async () => {
    const el = await fixture(html`<hotline-list region="CL"></hotline-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="emergency"]'), 'no emergency line');
    const line = el
      .shadowRoot!.querySelector('[part="emergency"]')!
      .textContent!.replace(/\s+/g, ' ');
    expect(line).to.contain('Call 133 or 131 or 132');
    expect(line).to.contain('police (Carabineros) 133, ambulance 131, fire 132');
  });

  it('loads the site-manifest loader (with the validator) only for a site manifest, and it names the bad field', async () => {
    const chunkRequests = () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('/dist/safety-panels-site.js')).length;
    expect(chunkRequests()).to.equal(0);

    const { loaderConfig, clearManifestCache } = (await import(
      bundle
    )) as typeof import('../src/bundle.js');
    const fetchWas = loaderConfig.fetch;
    const logged: string[] = [];
    const errorWas = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    loaderConfig.fetch = async () =>
      new Response(
        JSON.stringify({
          version: 1,
          extends: 'default',
          resources: [
            {
              id: 'x',
              kind: 'helpline',
              name: 'X',
              description: 'd',
              regions: ['US'],
              audiences: ['teen'],
              topics: [],
              channels: [{ type: 'web', url: 'javascript:alert(1)' }],
            },
          ],
        }),
      );
    try {
      clearManifestCache();
      const el = await fixture(
        html`<hotline-list region="US" manifest="/site.json"></hotline-list>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part="notice"]'), 'no notice', {
        timeout: 5000,
      });
      expect(chunkRequests()).to.equal(1);
      await waitUntil(() => el.shadowRoot!.textContent!.includes('CyberTipline'), 'no US services');
      expect(logged.join('\n')).to.contain('resources[0].channels[0].url: must be an https: link');
    } finally {
      loaderConfig.fetch = fetchWas;
      console.error = errorWas;
      clearManifestCache();
    }
  });

  it('tolerates a second copy of the bundle on the page', async () => {
    await import(`${bundle}?second-copy`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).to.deep.equal([]);
  });

  it('works as a classic script too', async () => {
    const script = document.createElement('script');
    script.src = '/dist/safety-panels.iife.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
    expect(errors).to.deep.equal([]);
    expect(
      (window as unknown as { SafetyPanels: Record<string, unknown> }).SafetyPanels
        .HotlineListElement,
    ).to.be.a('function');
  });
});
