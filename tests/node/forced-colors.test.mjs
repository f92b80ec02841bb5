// Windows High Contrast (forced colours), emulated by Playwright in Debian's Chromium on the built files: forced
// colours replace every colour with a few system ones, so what is told apart by colour alone (a filled Shift
// light, a button's filled background) must be kept from the override or drawn another way. `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveDist } from './dist-server.mjs';

const page =
  '<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
  '<title>t</title></head><body><report-help region="US"></report-help><hotline-list region="US">' +
  '</hotline-list><script type="module" src="/safety-panels.js"></script></body></html>';

let server;
let browser;

before(async () => {
  server = await serveDist({ '/page.html': page });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('in forced colours, a lit Shift light still looks lit, and every button keeps its outline', async () => {
  const context = await browser.newContext({ forcedColors: 'active' });
  const tab = await context.newPage();
  try {
    await tab.goto(`${server.origin}/page.html`);
    assert.equal(await tab.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    await tab.waitForFunction(() =>
      document.querySelector('hotline-list')?.shadowRoot?.querySelector('[part~="item"]'),
    );
    await tab.locator('sp-quick-exit button').waitFor();
    await tab.keyboard.press('Shift');
    const lights = await tab.evaluate(async () => {
      const all = [
        ...document.querySelector('sp-quick-exit').shadowRoot.querySelectorAll('.light'),
      ];
      // The lights fade (0.15 s) when drawn and when lit: read their colours once that is over.
      await Promise.all(all.flatMap((light) => light.getAnimations()).map((a) => a.finished));
      return all.map((light) => ({
        on: light.classList.contains('on'),
        background: getComputedStyle(light).backgroundColor,
      }));
    });
    assert.deepEqual(
      lights.map((light) => light.on),
      [true, false, false],
    );
    assert.notEqual(lights[0].background, lights[1].background, 'a lit light looks unlit');
    const borders = await tab.evaluate(() =>
      [
        document.querySelector('sp-quick-exit').shadowRoot.querySelector('button'),
        ...['report-help', 'hotline-list'].flatMap((tag) => [
          ...document.querySelector(tag).shadowRoot.querySelectorAll('button, .button'),
        ]),
      ].map((button) => {
        const { borderTopStyle, borderTopWidth } = getComputedStyle(button);
        return {
          name: button.textContent.trim(),
          style: borderTopStyle,
          width: parseFloat(borderTopWidth),
        };
      }),
    );
    // The exit, "Show my plan", and each service's call, website and copy buttons.
    assert.ok(borders.length > 10, `only ${borders.length} buttons`);
    for (const border of borders) {
      assert.equal(border.style, 'solid', border.name);
      assert.ok(border.width >= 1, border.name);
    }
  } finally {
    await context.close();
  }
});
