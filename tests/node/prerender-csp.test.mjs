// A prerendered element under a Content-Security-Policy without 'unsafe-inline' (issue 17): `safety-panels render
// --csp` prints the style-src hash of the <style> it drew in the declarative shadow root, and Chromium, with
// scripts off, applies that style with no violation. A page whose policy lacks the hash is the control: its style
// is refused, with the hash Chromium expected in its console message. Reads dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { renderElement, styleHashes } from '../../dist/server.js';
import { serveDist } from './dist-server.mjs';
import { waitForTakeOver } from './prerender-page.mjs';

/** `safety-panels render … --csp`: the HTML, and the hashes it printed to standard error. */
function renderWithHashes(...args) {
  const result = spawnSync(process.execPath, ['bin/safety-panels.js', 'render', ...args, '--csp'], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return { html: result.stdout, hashes: result.stderr.trim() };
}

const SCRIPT = '<script type="module" src="/safety-panels.js"></script>';
const page = (element, script = '') =>
  '<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
  `<title>Help</title></head><body><h1>Get help</h1>${element}${script}</body></html>`;
/** The rest of the policy: everything from this origin, the favicon as data:, and no inline style but these. */
const policy = (styles) => `default-src 'self'; img-src 'self' data:; style-src ${styles}`;

/** A page served with a policy in its header, as a site would send it. */
const withPolicy = (html, policy) => (response) => {
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': policy,
  });
  response.end(html);
};

const hotlines = renderWithHashes('hotline-list', '--region', 'US', '--lang', 'en');
const report = renderWithHashes('report-help', '--region', 'US', '--exit-url', '/away');
const signs = renderWithHashes('warning-signs', '--region', 'US', '--audience', 'teen');
const TAGS = ['hotline-list', 'report-help', 'warning-signs'];
const HASHES = `${hotlines.hashes} ${report.hashes} ${signs.hashes}`;
const EDGES = '<p id="edge">x</p><style>\r\n#edge { padding-top: 7px }\r\n/* &amp; é */\r</style>';
let server;
let browser;

before(async () => {
  const all = hotlines.html + report.html + signs.html;
  server = await serveDist({
    '/hashed.html': withPolicy(page(all), policy(HASHES)),
    '/unhashed.html': withPolicy(page(all), policy("'self'")),
    '/hashed-script.html': withPolicy(page(all, SCRIPT), policy(`'self' ${HASHES}`)),
    // What a rewriting server might leave in a style: CRLF line ends, an entity (raw text: not decoded), non-ASCII.
    '/edges.html': withPolicy(page(EDGES), policy(styleHashes(EDGES).join(' '))),
    '/unhashed-script.html': withPolicy(page(all, SCRIPT), policy("'self'")),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The page with scripts off; what the console said about the policy. */
async function open(path, javaScriptEnabled = false) {
  const context = await browser.newContext({ javaScriptEnabled });
  const tab = await context.newPage();
  const refused = [];
  tab.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { tab, refused, close: () => context.close() };
}

/** What a person sees of the styles: the panel's padding, and the script's controls that the styles hide. */
async function looks(tab, tag) {
  const padding = await tab
    .locator(`${tag} [part~="panel"]`)
    .first()
    .evaluate((panel) => getComputedStyle(panel).paddingTop);
  let controls = 0;
  for (const control of await tab.locator(tag).getByRole('button').all())
    if (await control.isVisible()) controls += 1;
  return { padding, controls };
}

test('render --csp prints one hash per element, the same as the JS API gives', async () => {
  assert.match(hotlines.hashes, /^'sha256-[A-Za-z0-9+/]{43}='$/);
  assert.match(report.hashes, /^'sha256-[A-Za-z0-9+/]{43}='$/);
  assert.match(signs.hashes, /^'sha256-[A-Za-z0-9+/]{43}='$/);
  assert.deepEqual(styleHashes(await renderElement('hotline-list', { region: 'US' })), [
    hotlines.hashes,
  ]);
});

test('with the hashes in style-src and scripts off: styled, and no violation', async () => {
  const { tab, refused, close } = await open('/hashed.html');
  try {
    for (const tag of TAGS) {
      const { padding, controls } = await looks(tab, tag);
      assert.notEqual(padding, '0px', `${tag} has its panel padding`);
      assert.equal(controls, 0, `${tag} shows no control that needs the script`);
    }
    assert.deepEqual(refused, []);
  } finally {
    await close();
  }
});

test('the control: without the hashes the style is refused, and Chromium names the hash it wanted', async () => {
  const { tab, refused, close } = await open('/unhashed.html');
  try {
    assert.equal((await looks(tab, 'hotline-list')).padding, '0px');
    assert.ok(
      refused.some((text) => text.includes(hotlines.hashes.slice(1, -1))),
      refused.join('\n'),
    );
  } finally {
    await close();
  }
});

test('with the script and the hashes: taken over, styled, and no violation at any point', async () => {
  const { tab, refused, close } = await open('/hashed-script.html', true);
  try {
    await waitForTakeOver(tab, TAGS.join(', '));
    for (const tag of TAGS)
      assert.notEqual((await looks(tab, tag)).padding, '0px', `${tag} has its panel padding`);
    assert.deepEqual(refused, []);
  } finally {
    await close();
  }
});

test('with the script and no hash: styled once taken over (adopted style sheets need none)', async () => {
  const { tab, close } = await open('/unhashed-script.html', true);
  try {
    await waitForTakeOver(tab, TAGS.join(', '));
    for (const tag of TAGS)
      assert.notEqual((await looks(tab, tag)).padding, '0px', `${tag} has its panel padding`);
  } finally {
    await close();
  }
});

test('the hash is of the text as the parser reads it: CRLF, entities and non-ASCII as Chromium sees them', async () => {
  const { tab, refused, close } = await open('/edges.html');
  try {
    assert.equal(await tab.locator('#edge').evaluate((p) => getComputedStyle(p).paddingTop), '7px');
    assert.deepEqual(refused, []);
  } finally {
    await close();
  }
});
