// `safety-panels render` with a site's own manifest: drawn with it (and carried inside the element), refused with the
// built-in help and the notice when it is not valid, and its text stays text. Reads dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { en } from '../../dist/index.js';
import { prerenderedPage } from './prerender-page.mjs';

const school = JSON.parse(readFileSync('tests/fixtures/school.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'sp-render-'));

function manifestFile(name, manifest) {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(manifest));
  return path;
}

function render(...args) {
  return spawnSync(process.execPath, ['bin/safety-panels.js', 'render', ...args], {
    encoding: 'utf8',
  });
}

let browser;
before(async () => (browser = await launchChromium()));
after(async () => browser?.close());

/** The element's HTML in a page with scripts off. */
async function withScriptsOff(element, work) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const tab = await context.newPage();
    await tab.setContent(prerenderedPage(element, { script: false }));
    return await work(tab);
  } finally {
    await context.close();
  }
}

test('usage: --help answers, an unknown element is a usage error', () => {
  assert.equal(render('--help').status, 0);
  const wrong = render('hotline-lists');
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /unknown element <hotline-lists>/);
});

test("a site's manifest: its own service is drawn with its link, and the manifest travels inside", async () => {
  const result = render(
    'hotline-list',
    '--region',
    'US',
    '--manifest',
    'tests/fixtures/school.json',
  );
  assert.equal(result.status, 0, result.stderr);
  await withScriptsOff(result.stdout, async (tab) => {
    const item = tab.locator('[part~="item"]').filter({ hasText: 'Ms Rivera, school counsellor' });
    assert.equal(
      await item.locator('a[href="mailto:counsellor@school.example"]').isVisible(),
      true,
    );
    const inline = await tab
      .locator('hotline-list > script[type="application/json"]')
      .textContent();
    assert.deepEqual(JSON.parse(inline), school);
  });
});

test('a manifest that is not valid: exit 1, the problem named, the built-in help with the notice', async () => {
  const bad = structuredClone(school);
  bad.resources[0].channels = [{ type: 'email' }];
  const result = render(
    'hotline-list',
    '--region',
    'US',
    '--manifest',
    manifestFile('bad.json', bad),
  );
  assert.equal(result.status, 1);
  assert.match(result.stderr, /resources\[0\]\.channels\[0\]\.address/);
  await withScriptsOff(result.stdout, async (tab) => {
    assert.equal(await tab.getByText(en['notice.fallback']).isVisible(), true);
    assert.equal(await tab.getByText('Ms Rivera').count(), 0);
    assert.equal(await tab.getByText('CyberTipline').first().isVisible(), true);
  });
});

test("text in a site's manifest stays text, in the panel and in the manifest carried inside", async () => {
  const hostile = structuredClone(school);
  const name = 'Ms Rivera </script><img src=x onerror="alert(1)"> counsellor';
  hostile.resources[0].name = name;
  const result = render(
    'hotline-list',
    '--region',
    'US',
    '--manifest',
    manifestFile('h.json', hostile),
  );
  assert.equal(result.status, 0, result.stderr);
  await withScriptsOff(result.stdout, async (tab) => {
    assert.equal(await tab.locator('[part~="item"] .name', { hasText: name }).count(), 1);
    assert.equal(await tab.locator('img').count(), 0);
    const inline = await tab
      .locator('hotline-list > script[type="application/json"]')
      .textContent();
    assert.equal(JSON.parse(inline).resources[0].name, name);
  });
});
