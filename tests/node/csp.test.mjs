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

/**
 * The policy the README gives for a page whose own code also uses Lit (issue 18): Lit names its policy "lit-html"
 * and a second one of that name is refused unless the page allows duplicates.
 */
const README = readFileSync(join(root, 'README.md'), 'utf8');
const HOST_LIT_DIRECTIVE = "trusted-types lit-html 'allow-duplicates'";
const HOST_LIT_POLICY = POLICY.replace('trusted-types lit-html', HOST_LIT_DIRECTIVE);

/** Pages of a host that already made a "lit-html" policy (as any page using Lit does), with the policy to send. */
const hostPages = (policy) => ({
  '/host/policy.js': {
    type: 'text/javascript',
    body: "trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });",
  },
  '/host/lit.html': {
    type: 'text/html',
    body:
      '<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
      '<script src="/host/policy.js"></script><script type="module" src="/dist/safety-panels.js"></script>' +
      '</head><body><h1>Forum</h1><hotline-list region="US"></hotline-list></body></html>',
  },
  policy,
});
let host = hostPages(HOST_LIT_POLICY);

let server;
let browser;
let origin;

before(async () => {
  server = createServer((request, response) => {
    const path = normalize(join(root, new URL(request.url, 'http://x').pathname));
    const own = host[new URL(request.url, 'http://x').pathname];
    if (own) {
      response.writeHead(200, {
        'content-type': `${own.type}; charset=utf-8`,
        'content-security-policy': host.policy,
      });
      response.end(own.body);
      return;
    }
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

/** Opens the host page that made its own "lit-html" policy first, under `policy`. */
const openHost = async (policy) => {
  host = hostPages(policy);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await tab.goto(`${origin}/host/lit.html`);
  return { context, tab, errors };
};

test('the README gives the policy for a page that uses Lit itself', () => {
  assert.ok(README.includes(HOST_LIT_DIRECTIVE), `README.md does not say ${HOST_LIT_DIRECTIVE}`);
});

test("a host page that already made a lit-html policy: with 'allow-duplicates' the panel shows its help", async () => {
  const { context, tab, errors } = await openHost(HOST_LIT_POLICY);
  try {
    const list = tab.locator('hotline-list');
    await list.locator('[part="emergency"]').waitFor();
    assert.match(await list.locator('[part="emergency"]').innerText(), /Call 911/);
    await list.getByText('CyberTipline').first().waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("without 'allow-duplicates' the same page shows nothing (why the README says so)", async () => {
  const { context, tab, errors } = await openHost(POLICY);
  try {
    // Lit's module throws as it loads: wait for that, then look at the panel.
    for (let tries = 0; tries < 100 && !errors.some((error) => /lit-html/.test(error)); tries += 1)
      await new Promise((done) => setTimeout(done, 50));
    assert.equal(
      await tab.evaluate(
        () => document.querySelector('hotline-list').shadowRoot?.childElementCount ?? 0,
      ),
      0,
    );
    assert.ok(
      errors.some((error) => /lit-html/.test(error)),
      errors.join('\n'),
    );
  } finally {
    await context.close();
  }
});
