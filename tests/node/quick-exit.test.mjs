// The quick exit in a real browser with real navigation: after an exit from inside the plan, one Back must land on
// the page before the help page, never on the help page. Drives Debian's Chromium with playwright-core over pages
// served on 127.0.0.1 that load the built bundle (dist/safety-panels.js and the data files beside it: `npm run
// build` first).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveDist } from './dist-server.mjs';

const page = (body) =>
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<meta name="viewport" content="width=device-width"><title>t</title></head><body>${body}</body></html>`;

const help = (element) =>
  page(`<h1>Help</h1>${element}<script type="module" src="/safety-panels.js"></script>`);

const pages = {
  '/previous.html': page(
    '<h1>School news</h1><p><a href="/help.html">Get help</a></p><p><a href="/dialog.html">Forum</a></p>',
  ),
  '/help.html': help('<report-help region="US" exit-url="/exit.html"></report-help>'),
  '/dialog.html': help(
    '<report-help region="US" variant="button" exit-url="/exit.html"></report-help>',
  ),
  '/exit.html': page('<h1>Weather</h1>'),
};

let server;
let browser;
let origin;

before(async () => {
  server = await serveDist(pages);
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the previous page at phone size, follows its link to the help page, and answers the first screen. */
async function openPlan(link) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const tab = await context.newPage();
  await tab.goto(`${origin}/previous.html`);
  await tab.getByRole('link', { name: link }).click();
  await tab.waitForURL(/\/(help|dialog)\.html$/);
  if (link === 'Forum') await tab.getByRole('button', { name: 'Report / get help' }).click();
  const lengthOnArrival = await tab.evaluate(() => history.length);
  await tab.getByLabel('Someone is threatening to share sexual images').check();
  await tab.getByLabel('Me, and I am under 18').check();
  await tab.getByRole('button', { name: 'Show my plan' }).click();
  for (let i = 0; i < 3; i += 1) await tab.getByRole('button', { name: 'Next' }).click();
  await tab.getByRole('heading', { name: 'Report to a hotline or the police' }).waitFor();
  assert.equal(await tab.evaluate(() => history.length), lengthOnArrival, 'the flow added history');
  return { context, tab };
}

async function expectBackLeavesHelp(tab) {
  await tab.waitForURL(`${origin}/exit.html`);
  await tab.goBack();
  assert.equal(tab.url(), `${origin}/previous.html`);
  assert.equal(await tab.getByRole('heading', { level: 1 }).textContent(), 'School news');
}

test('the exit button, four steps in: one Back lands on the page before the help page', async () => {
  const { context, tab } = await openPlan('Get help');
  try {
    await tab.getByRole('button', { name: 'Exit this page' }).click();
    await expectBackLeavesHelp(tab);
  } finally {
    await context.close();
  }
});

test('Shift three times, four steps in: one Back lands on the page before the help page', async () => {
  const { context, tab } = await openPlan('Get help');
  try {
    for (let i = 0; i < 3; i += 1) await tab.keyboard.press('Shift');
    await expectBackLeavesHelp(tab);
  } finally {
    await context.close();
  }
});

test('the exit in the dialog, four steps in: one Back lands on the page before the forum page', async () => {
  const { context, tab } = await openPlan('Forum');
  try {
    await tab.getByRole('dialog').getByRole('button', { name: 'Exit this page' }).click();
    await expectBackLeavesHelp(tab);
  } finally {
    await context.close();
  }
});

test('a touch screen is not told to press Shift; a screen with a keyboard is; both hear about history', async () => {
  for (const [device, options, shift] of [
    ['phone', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }, false],
    ['desktop', { viewport: { width: 1280, height: 800 } }, true],
  ]) {
    const context = await browser.newContext(options);
    const tab = await context.newPage();
    try {
      await tab.goto(`${origin}/help.html`);
      const note = tab.locator('report-help').locator('[part="exit-note"]');
      await note.waitFor();
      const seen = await note.innerText();
      assert.match(seen, /Leaving this way does not clear your browser history/, device);
      assert.equal(/Shift/.test(seen), shift, `${device}: "${seen}"`);
      // Nor shown the Shift lights on the page's exit, until a keyboard's Shift is pressed.
      const lights = tab.locator('sp-quick-exit .lights');
      assert.equal(await lights.isVisible(), shift, `${device}: the lights`);
      await tab.keyboard.press('Shift');
      assert.equal(await lights.isVisible(), true, `${device}: the lights after a Shift press`);
      await tab.keyboard.press('Escape');
    } finally {
      await context.close();
    }
  }
});
