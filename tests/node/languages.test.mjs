// Each page loads one language: whole pages in Debian's Chromium, served from dist/ (`npm run build` first), with
// every request watched. An English page never asks for the Spanish or French files; a Spanish or French page asks
// only for its language's file and its country's texts in that language, and is Spanish or French throughout; a classic-script page does the same; a page with
// only <hotline-list> loads neither the guide nor the warning signs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveDist } from './dist-server.mjs';

const page = (lang, body, script = '<script type="module" src="/safety-panels.js"></script>') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<title>t</title></head><body>${body}${script}</body></html>`;

const all = (region) =>
  `<warning-signs region="${region}" audience="teen"></warning-signs>` +
  `<report-help region="${region}"></report-help><hotline-list region="${region}"></hotline-list>`;

const pages = {
  '/en.html': page('en-US', all('US')),
  '/es.html': page('es', all('MX')),
  '/fr-ca.html': page('fr-CA', all('CA')),
  '/classic-es.html': page('es', all('ES'), '<script src="/safety-panels.iife.js"></script>'),
  '/report.html': page(
    'en-GB',
    '<report-help region="GB"></report-help>',
    '<script type="module" src="/report-help.js"></script>',
  ),
  '/slow-files.html': page('en-IE', all('IE')),
  '/missing-country.html': page('en-NZ', '<hotline-list region="NZ"></hotline-list>'),
  '/hotline-only.html': page(
    'en-GB',
    '<hotline-list region="GB"></hotline-list>',
    '<script type="module" src="/hotline-list.js"></script>',
  ),
};

let server;
let browser;
/** While set, Ireland's services and the guide wait for it: a slow network, held by the test, not a timer. */
let slowFiles;
let frenchHeld;
let origin;

before(async () => {
  server = await serveDist(pages, async (path) => {
    // A server that lost one country's file, for the test of what a panel does then.
    if (path === '/regions/NZ.js') return 'refuse';
    // A slow one, to see the panel while another country's services are on their way.
    if (path === '/regions/NO.js') await new Promise((resolve) => setTimeout(resolve, 800));
    // And a French file that one test holds back until it lets it go.
    if (path === '/languages/fr.js') await frenchHeld;
    if (slowFiles && (path === '/regions/IE.js' || path === '/sections/guide.js')) await slowFiles;
    return undefined;
  });
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What each panel on the page says, spaces squashed, in page order. */
const panelTexts = (tab) =>
  tab.evaluate(() =>
    [...document.querySelectorAll('warning-signs, report-help, hotline-list')].map(
      (el) => el.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '',
    ),
  );

/** Waits until every panel on the page says `words` (its "Loading help…", say). */
const untilEverySays = (tab, words) =>
  tab.waitForFunction(
    (words) =>
      [...document.querySelectorAll('warning-signs, report-help, hotline-list')].every((el) =>
        el.shadowRoot?.textContent.includes(words),
      ),
    words,
    { timeout: 10_000 },
  );

/** Opens a page, waits until the panels show their services, and returns what it asked for and what it says. */
async function open(path, settledText) {
  const tab = await browser.newPage();
  const requests = [];
  const errors = [];
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(`${origin}${path}`);
  await tab.waitForFunction(
    (text) =>
      [...document.querySelectorAll('hotline-list')].some((el) =>
        el.shadowRoot?.textContent.includes(text),
      ),
    settledText,
    { timeout: 5000 },
  );
  const text = (await panelTexts(tab)).join(' | ');
  await tab.close();
  return { requests, errors, text };
}

const dataFiles = (requests) =>
  requests.filter((path) => /^\/(regions|sections|languages)\//.test(path)).sort();

test('an English page loads no language file, only its country and the sections its elements use', async () => {
  const { requests, errors, text } = await open('/en.html', 'CyberTipline');
  assert.deepEqual(errors, []);
  assert.deepEqual(dataFiles(requests), [
    '/regions/US.js',
    '/sections/guide.js',
    '/sections/platforms.js',
    '/sections/warningSigns.js',
  ]);
  assert.match(text, /Get help now/);
  assert.match(text, /Is something wrong in a chat\?/);
  assert.match(text, /Report it and get help/);
});

test('a Spanish page loads the Spanish file (and its country’s texts in Spanish) and no other, and is Spanish throughout', async () => {
  const { requests, errors, text } = await open('/es.html', 'Consigue ayuda ahora');
  assert.deepEqual(errors, []);
  const languages = requests.filter((path) => path.startsWith('/languages/')).sort();
  assert.deepEqual(languages, ['/languages/es.js', '/languages/es/MX.js']);
  assert.match(text, /Consigue ayuda ahora/);
  assert.doesNotMatch(text, /Get help now|Loading help|In immediate danger/);
});

test('a French Canadian page loads the French file and shows the Canadian services by their French names', async () => {
  const { requests, errors, text } = await open('/fr-ca.html', 'Cyberaide.ca');
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((path) => path.startsWith('/languages/')).sort(), [
    '/languages/fr.js',
    '/languages/fr/CA.js',
  ]);
  assert.match(text, /Obtenir de l’aide maintenant/);
  assert.match(text, /Jeunesse, J’écoute|Jeunesse, J'écoute/);
  assert.doesNotMatch(text, /Get help now|Kids Help Phone|Cybertip\.ca/);
});

test('the classic script loads the Spanish file the same way, from beside itself', async () => {
  const { requests, errors, text } = await open('/classic-es.html', 'Consigue ayuda ahora');
  assert.deepEqual(errors, []);
  assert.ok(requests.includes('/safety-panels.iife.js'));
  assert.ok(!requests.includes('/safety-panels.js'), 'the module bundle was loaded too');
  assert.deepEqual(requests.filter((path) => path.startsWith('/languages/')).sort(), [
    '/languages/es.js',
    '/languages/es/ES.js',
  ]);
  assert.match(text, /Consigue ayuda ahora/);
});

test('a page with only hotline-list.js loads neither the guide nor the warning signs, nor the validator', async () => {
  const { requests, errors } = await open('/hotline-only.html', 'Childline');
  assert.deepEqual(errors, []);
  assert.deepEqual(dataFiles(requests), ['/regions/GB.js']);
  assert.ok(!requests.includes('/safety-panels.js'));
  assert.ok(!requests.includes('/safety-panels-site.js'));
});

test('a country whose file fails still shows its emergency number, the services that work everywhere, and says so', async () => {
  const { errors, text } = await open('/missing-country.html', 'Take It Down');
  assert.match(text, /In immediate danger\? Call 111/);
  assert.match(
    text,
    /Part of this help has not loaded yet: this country's services\. We will keep trying/,
  );
  assert.match(text, /StopNCII\.org/);
  assert.ok(
    errors.some((error) => /region NZ|404/.test(error)),
    'the failure is logged',
  );
});

test('choosing another country keeps the filters and the focus while its services load, then shows them', async () => {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/hotline-only.html`);
  const list = tab.locator('hotline-list');
  await list.getByText('Childline').first().waitFor();
  const region = tab.getByLabel('Country or region');
  await region.focus();
  await region.selectOption('NO');
  const focused = () =>
    tab.evaluate(() => document.querySelector('hotline-list').shadowRoot.activeElement?.localName);
  assert.equal(
    await list
      .locator('[part="count"]')
      .textContent()
      .then((t) => t.trim()),
    'Loading help…',
  );
  assert.equal(await focused(), 'select', 'focus left the country picker while Norway loaded');
  await list.getByText('Alarmtelefonen for barn og unge 116 111').waitFor();
  assert.equal(await focused(), 'select');
  assert.equal(await region.inputValue(), 'NO');
  await tab.close();
});

test('a French page never shows English without saying so while its language is on its way', async () => {
  let release;
  frenchHeld = new Promise((resolve) => (release = resolve));
  const tab = await browser.newPage();
  try {
    await tab.goto(`${origin}/fr-ca.html`);
    const texts = async () => (await panelTexts(tab)).join(' | ');
    // Held back, the French file is on its way: each panel says it is loading, in French, under the emergency
    // line; once the panels' grace is over, it shows the help in English with a line in French that says so.
    await tab.waitForFunction(
      () =>
        [...document.querySelectorAll('warning-signs, report-help, hotline-list')].every((el) =>
          /Chargement de l’aide…|pas encore chargée en français/.test(
            el.shadowRoot?.textContent ?? '',
          ),
        ),
      undefined,
      { timeout: 10_000 },
    );
    for (const text of await panelTexts(tab)) {
      assert.match(text, /Danger immédiat|Chargement de l’aide…|pas encore chargée en français/);
      if (/Get help now|services shown|What is happening|Loading help/.test(text))
        assert.match(text, /pas encore chargée en français/, 'English with no word in French');
    }
    release();
    await tab
      .locator('hotline-list')
      .getByText('Cyberaide.ca')
      .first()
      .waitFor({ timeout: 10_000 });
    assert.match(await texts(), /Obtenir de l’aide maintenant/);
    assert.doesNotMatch(await texts(), /pas encore chargée en français/);
  } finally {
    release();
    frenchHeld = undefined;
    await tab.close();
  }
});

test('a plan for a country just chosen waits for its services rather than saying there are none', async () => {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/report.html`);
  const flow = tab.locator('report-help');
  await flow.locator('input[type=radio]').first().check();
  await flow.locator('input[name$="-age"]').first().check();
  await tab.getByLabel('Country', { exact: true }).selectOption('NO');
  await tab.getByRole('button', { name: 'Show my plan' }).click();
  const step = flow.locator('[part="step"]');
  assert.match(await step.textContent(), /Loading help…/);
  assert.doesNotMatch(await step.textContent(), /No service/);
  // Norway's file arrives (0.8 s); the plan goes on to its official step with Norway's police.
  await flow.getByText('Loading help…').waitFor({ state: 'detached' });
  for (let i = 0; i < 3; i += 1) await tab.getByRole('button', { name: 'Next' }).click();
  await flow.getByText('Politiet / Kripos').first().waitFor();
  await tab.close();
});

test('on a slow network the panels wait for their own files rather than showing a part that then changes', async () => {
  let release;
  slowFiles = new Promise((resolve) => (release = resolve));
  const tab = await browser.newPage();
  try {
    await tab.goto(`${origin}/slow-files.html`);
    // Ireland's services and the guide are on their way. While every panel says it is loading, none shows a part
    // of its help (the flow's first step without its choices, a list of the international services only, signs
    // without the urgent box) under the emergency number.
    await untilEverySays(tab, 'Loading help…');
    const meanwhile = await panelTexts(tab);
    for (const text of meanwhile) assert.match(text, /Loading help…/);
    assert.match(meanwhile.join(' | '), /112|999/);
    assert.doesNotMatch(
      meanwhile.join(' | '),
      /Step 1 of|Choose what fits best|services? shown|Red flags|threatening you right now/,
    );
    release();
    await tab.locator('hotline-list').getByText('Childline').first().waitFor({ timeout: 10_000 });
    const after = await panelTexts(tab);
    assert.match(after[0], /threatening you right now/);
    assert.match(after[1], /Choose what fits best/);
  } finally {
    release();
    slowFiles = undefined;
    await tab.close();
  }
});
