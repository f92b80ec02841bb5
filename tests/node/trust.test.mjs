// Issue 18, the red team's spoofed manifests against the built bundle in Chromium: a site's card says whose it is
// (the manifest is checked in one bundle, safety-panels-site.js, and the cards drawn by another), an entry that
// has the CyberTipline's name over another number is refused under its id or a new one, and a manifest that
// breaks the rules is not used at all. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveDist } from './dist-server.mjs';

const builtIn = JSON.parse(readFileSync('dist/default-manifest.json', 'utf8'));
const tipline = builtIn.resources.find((resource) => resource.id === 'ncmec-cybertipline');
const lookAlike = {
  ...tipline,
  id: 'cybertipline-look-alike',
  channels: [{ type: 'phone', display: '1-900-555-0199', number: '+19005550199' }],
};
const ours = {
  ...lookAlike,
  id: 'our-report-line',
  name: 'Our report line',
  organisation: 'Our school',
  sources: undefined,
  verified: undefined,
};
const manifests = {
  '/look-alike.json': { version: 1, extends: 'default', resources: [lookAlike] },
  '/ours.json': { version: 1, extends: 'default', resources: [ours] },
  '/replaced.json': {
    version: 1,
    extends: 'default',
    resources: [{ ...lookAlike, id: tipline.id }],
  },
  '/hidden.json': {
    version: 1,
    extends: 'default',
    resources: [
      {
        ...lookAlike,
        channels: [
          { type: 'phone', display: '1-800-\u202E8765-348\u202C', number: '+19005550199' },
        ],
      },
    ],
  },
  '/words.json': {
    version: 1,
    extends: 'default',
    strings: { en: { 'emergency.lead': 'In immediate danger? Do not call 911. Call' } },
  },
};
const page = (manifest) =>
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<title>t</title></head><body><hotline-list region="US" topics="csam" manifest="${manifest}"></hotline-list>` +
  `<script type="module" src="/safety-panels.js"></script></body></html>`;

let server;
let browser;

before(async () => {
  const pages = {};
  for (const [path, manifest] of Object.entries(manifests)) {
    pages[path] = JSON.stringify(manifest);
    pages[path.replace('.json', '.html')] = page(path);
  }
  server = await serveDist(pages);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page at 360 px, with its console, and waits for the list to settle on its manifest. */
async function open(path) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const tab = await context.newPage();
  const said = [];
  tab.on('console', (message) => said.push(message.text()));
  await tab.goto(`${server.origin}${path}`);
  const list = tab.locator('hotline-list');
  await list.locator('[data-id="ncmec-cybertipline"]').waitFor();
  return { context, tab, list, said };
}

const card = (list, id) => list.locator(`[data-id="${id}"]`);

test('a site’s own card says "Added by this website"; the built-in card does not', async () => {
  const { context, list } = await open('/ours.html');
  try {
    await card(list, 'our-report-line').waitFor();
    assert.equal(
      await card(list, 'our-report-line').locator('.added-by').innerText(),
      'Added by this website',
    );
    assert.equal(await card(list, 'ncmec-cybertipline').locator('.added-by').count(), 0);
  } finally {
    await context.close();
  }
});

test('a look-alike under a new id with the CyberTipline’s name and another number is not shown, with a warning', async () => {
  const { context, list, said } = await open('/look-alike.html');
  try {
    for (let tries = 0; tries < 100 && !said.some((line) => /has the name/.test(line)); tries += 1)
      await new Promise((done) => setTimeout(done, 50));
    await list.evaluate((el) => el.updateComplete);
    assert.ok(
      said.some((line) =>
        /resource "cybertipline-look-alike" has the name of the built-in "ncmec-cybertipline"/.test(
          line,
        ),
      ),
      said.join('\n'),
    );
    assert.equal(await card(list, 'cybertipline-look-alike').count(), 0);
    assert.doesNotMatch(await list.innerText(), /555-0199/);
  } finally {
    await context.close();
  }
});

test('a replacement that keeps the CyberTipline’s name over another number is refused, with a warning', async () => {
  const { context, list, said } = await open('/replaced.html');
  try {
    // The site's manifest has arrived and been merged once the warning is said.
    for (
      let tries = 0;
      tries < 100 && !said.some((line) => /keeps the name/.test(line));
      tries += 1
    )
      await new Promise((done) => setTimeout(done, 50));
    await list.evaluate((el) => el.updateComplete);
    const tipline = card(list, 'ncmec-cybertipline');
    assert.match(await tipline.innerText(), /Call 1-800-843-5678/);
    assert.doesNotMatch(await tipline.innerText(), /555-0199/);
    assert.ok(
      said.some((line) => /keeps the name of the built-in "ncmec-cybertipline"/.test(line)),
    );
  } finally {
    await context.close();
  }
});

for (const [path, what] of [
  ['/hidden.html', 'a display with a right-to-left override'],
  ['/words.html', 'an emergency lead that says "Do not call 911"'],
]) {
  test(`a manifest with ${what} is not used: the built-in help and its words show`, async () => {
    const { context, list, said } = await open(path);
    try {
      await list.locator('[part="notice"]').waitFor();
      assert.equal(
        (await list.locator('[part="emergency"]').innerText()).trim(),
        'In immediate danger? Call 911',
      );
      assert.equal(await card(list, 'cybertipline-look-alike').count(), 0);
      assert.ok(
        said.some((line) => /the site manifest .* problem/.test(line)),
        said.join('\n'),
      );
    } finally {
      await context.close();
    }
  });
}
