// Where the built bundles find their files, in Debian's Chromium over real HTTP (`npm run build` first): a classic
// script served from another origin (a CDN: two 127.0.0.1 servers on different ports are different origins), a
// script an optimiser moved and renamed with the page's <meta name="safety-panels-base">, and a site-manifest
// loader (safety-panels-site.js) that fails and then comes back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveDist } from './dist-server.mjs';

const manifest = JSON.parse(
  readFileSync(new URL('../../demo/school-manifest.json', import.meta.url)),
);
delete manifest.$schema;

const page = (lang, head, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<title>t</title>${head}</head><body>${body}</body></html>`;

const three = (region, attributes = '') =>
  `<warning-signs region="${region}" audience="teen"${attributes}></warning-signs>` +
  `<report-help region="${region}"${attributes}></report-help>` +
  `<hotline-list region="${region}"${attributes}></hotline-list>`;

let cdn;
let site;
let browser;
/** Whether the site's server refuses safety-panels-site.js, as a broken deploy or a blocked file would. */
let loaderLost = false;
const cdnAsked = [];

before(async () => {
  cdn = await serveDist(
    {},
    (path) => {
      cdnAsked.push(path);
      return undefined;
    },
    // What a public CDN sends, and what the module files (fetched in CORS mode) need from another origin.
    { headers: { 'access-control-allow-origin': '*' } },
  );
  const pages = {
    '/school.json': JSON.stringify(manifest),
    '/moved.html': page(
      'en-GB',
      '<meta name="safety-panels-base" content="/dist/">',
      three('GB') + '<script src="/wp-content/cache/combined-abc123.js"></script>',
    ),
    '/moved-bundle.html': page(
      'en-GB',
      '<meta name="safety-panels-base" content="/dist/">',
      three('GB') + '<script type="module" src="/wp-content/cache/combined-def456.js"></script>',
    ),
    '/moved-module.html': page(
      'en-GB',
      '<meta name="safety-panels-base" content="/dist/">',
      '<hotline-list region="GB"></hotline-list><script type="module" src="/js/hotline-list.js"></script>',
    ),
    '/loader.html': page(
      'en-US',
      '',
      '<hotline-list region="US" manifest="/school.json"></hotline-list>' +
        '<script type="module" src="/safety-panels.js"></script>',
    ),
  };
  for (const [name, attribute] of [
    ['cdn', ' crossorigin'],
    ['cdn-plain', ''],
  ])
    pages[`/${name}.html`] = page(
      'fr-FR',
      '',
      three('FR') +
        '<hotline-list id="site" region="US" manifest="/school.json"></hotline-list>' +
        `<script src="${cdn.origin}/safety-panels.iife.js"${attribute}></script>`,
    );
  site = await serveDist(
    pages,
    (path) => (loaderLost && path === '/safety-panels-site.js' ? 'refuse' : undefined),
    {
      // The optimiser's combined copy of the classic script, and the files where the meta says they are.
      rewrite: (path) =>
        path === '/wp-content/cache/combined-abc123.js'
          ? '/safety-panels.iife.js'
          : path === '/wp-content/cache/combined-def456.js'
            ? '/safety-panels.js'
            : /^\/(dist|js)\//.test(path)
              ? path.replace(/^\/(dist|js)/, '')
              : path,
    },
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await cdn?.close();
  await site?.close();
});

async function open(path) {
  const tab = await browser.newPage();
  const errors = [];
  const requests = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  tab.on('request', (request) => requests.push(request.url()));
  await tab.goto(`${site.origin}${path}`);
  return { tab, errors, requests };
}

const textOf = (tab, tag) =>
  tab.locator(tag).evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));

for (const [name, how] of [
  ['cdn', 'with crossorigin'],
  ['cdn-plain', 'as a plain <script src>'],
])
  test(`a classic script from another origin (${how}) loads its files from there, in French, and the site's manifest`, async () => {
    cdnAsked.length = 0;
    const { tab, errors } = await open(`/${name}.html`);
    const list = tab.locator('hotline-list:not(#site)');
    // France's own services, by their French names: the country file and the French file came from the CDN.
    await list.getByText('Point de Contact').first().waitFor({ timeout: 10_000 });
    await tab.locator('warning-signs').getByText('Tout ouvrir').first().waitFor();
    assert.match(await textOf(tab, 'report-help'), /Choisis ce qui correspond le mieux/);
    assert.match(await textOf(tab, 'hotline-list:not(#site)'), /Obtenir de l’aide maintenant/);
    assert.doesNotMatch(
      await textOf(tab, 'hotline-list:not(#site)'),
      /Get help now|Loading help|Chargement/,
    );
    // The site's own manifest, checked by the loader the CDN served.
    await tab.locator('#site').getByText('Ms Rivera, school counsellor').first().waitFor();
    assert.deepEqual(errors, []);
    for (const file of [
      '/regions/FR.js',
      '/languages/fr.js',
      '/sections/guide.js',
      '/safety-panels-site.js',
    ])
      assert.ok(cdnAsked.includes(file), `${file} was not asked of the CDN`);
    await tab.close();
  });

test('a moved and renamed classic script finds its files through <meta name="safety-panels-base">', async () => {
  const { tab, errors, requests } = await open('/moved.html');
  const signs = tab.locator('warning-signs');
  await tab.locator('hotline-list').getByText('Childline').first().waitFor({ timeout: 10_000 });
  // The signs and what to do, not the headings "What to do now" and "What to do next" with nothing under them.
  await signs.getByText('Expand all').waitFor();
  assert.match(await textOf(tab, 'warning-signs'), /Red flags in a chat.*What you can do/);
  assert.match(await textOf(tab, 'report-help'), /Choose what fits best/);
  assert.ok(requests.some((url) => url.endsWith('/dist/regions/GB.js')));
  assert.ok(!requests.some((url) => /\/wp-content\/cache\/(regions|sections)\//.test(url)));
  assert.deepEqual(errors, []);
  await tab.close();
});

test('the module bundle, moved and renamed alone, finds its files through the meta too: it is one file', async () => {
  const { tab, errors, requests } = await open('/moved-bundle.html');
  await tab.locator('hotline-list').getByText('Childline').first().waitFor({ timeout: 10_000 });
  await tab.locator('warning-signs').getByText('Expand all').waitFor();
  assert.match(await textOf(tab, 'report-help'), /Choose what fits best/);
  assert.ok(requests.some((url) => url.endsWith('/dist/regions/GB.js')));
  assert.ok(!requests.some((url) => /\/wp-content\/cache\/(?!combined-def456)/.test(url)));
  assert.deepEqual(errors, []);
  await tab.close();
});

test('a per-element module moved away from the data files finds them through the meta too', async () => {
  const { tab, errors, requests } = await open('/moved-module.html');
  await tab.locator('hotline-list').getByText('Childline').first().waitFor({ timeout: 10_000 });
  assert.ok(requests.some((url) => url.endsWith('/dist/regions/GB.js')));
  assert.ok(!requests.some((url) => url.includes('/js/regions/')));
  assert.deepEqual(errors, []);
  await tab.close();
});

test('a site-manifest loader that fails is a network error the page says and hears, and is asked for again', async () => {
  loaderLost = true;
  try {
    const { tab, errors } = await open('/loader.html');
    await tab.evaluate(() => {
      window.heard = [];
      document.addEventListener('sp-error', (event) => window.heard.push(event.detail.kind));
    });
    const list = tab.locator('hotline-list');
    await list
      .getByText("This site's list of services could not be loaded")
      .waitFor({ timeout: 10_000 });
    // The built-in help meanwhile, and no uncaught "Failed to fetch dynamically imported module".
    await list.getByText('CyberTipline').first().waitFor();
    assert.ok(
      !errors.some(
        (error) => /Uncaught|dynamically imported/i.test(error) && !/safety-panels:/.test(error),
      ),
      errors.join('\n'),
    );
    assert.ok(errors.some((error) => /safety-panels-site\.js did not load/.test(error)));
    // The loader is back: a panel added now asks for it again and shows the site's own counsellor.
    loaderLost = false;
    await tab.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<hotline-list id="again" region="US" manifest="/school.json"></hotline-list>',
      ),
    );
    await tab.locator('#again').getByText('Ms Rivera, school counsellor').first().waitFor();
    await tab.close();
  } finally {
    loaderLost = false;
  }
});
