// The built bundle under a strict policy sent as an HTTP header, as a site would: no inline styles and Trusted
// Types. Drives Debian's Chromium through the school page (site manifest, three elements, the whole flow) and the
// forum page (the dialog). Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';

const POLICY =
  "default-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";
const root = resolve(new URL('../..', import.meta.url).pathname);
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

let server;
let browser;
let origin;

before(async () => {
  server = createServer((request, response) => {
    const path = normalize(join(root, new URL(request.url, 'http://x').pathname));
    try {
      if (!path.startsWith(root) || !statSync(path).isFile()) throw new Error('not found');
      response.writeHead(200, {
        'content-type': `${types[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`,
        'content-security-policy': POLICY,
      });
      response.end(readFileSync(path));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page, collecting every CSP violation and page error from the first byte. */
async function open(page) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await tab.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  await tab.goto(`${origin}/demo/${page}`);
  return { context, tab, errors };
}

/** Presses a button in an element's shadow root by its text. */
const press = (tab, host, name) =>
  tab.locator(host).getByRole('button', { name, exact: true }).first().click();

test('the school page, through every step of the flow, gives no violation', async () => {
  const { context, tab, errors } = await open('school.html');
  try {
    const report = 'report-help';
    await tab
      .locator(report)
      .getByLabel(/threatening to share sexual images/)
      .check();
    await tab.locator(report).getByLabel('Me, and I am under 18').check();
    await press(tab, report, 'Show my plan');
    for (let step = 1; step < 6; step += 1) await press(tab, report, 'Next');
    await tab.locator(report).getByText('Take it with you').first().waitFor();
    await tab
      .locator('hotline-list')
      .getByRole('button', { name: /^Filter/ })
      .click();
    assert.deepEqual(await tab.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the forum page’s dialog gives no violation', async () => {
  const { context, tab, errors } = await open('forum.html');
  try {
    await tab
      .locator('report-help')
      .first()
      .getByRole('button', { name: /report/i })
      .first()
      .click();
    await tab.getByRole('dialog').waitFor();
    assert.deepEqual(await tab.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the policy is in force (so the tests above can fail)', async () => {
  const { context, tab } = await open('school.html');
  try {
    const refused = await tab.evaluate(async () => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
      let threw = false;
      try {
        div.innerHTML = '<b>x</b>';
      } catch {
        threw = true;
      }
      await new Promise((done) => setTimeout(done, 50));
      return { threw, violations: window.violations.map((v) => v.split(' ')[0]) };
    });
    assert.equal(refused.threw, true);
    assert.ok(refused.violations.includes('style-src-attr'), refused.violations.join());
  } finally {
    await context.close();
  }
});
