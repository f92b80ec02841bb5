// A forum page of twenty report buttons on the per-element script (dist/report-help.js), in Debian's Chromium over
// real HTTP (`npm run build` first): what the page asks for before anyone presses a button, and after; and a press
// made before the flow has arrived. Issue 21, "The button costs almost nothing until pressed".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveDist } from './dist-server.mjs';

const posts = Array.from(
  { length: 20 },
  (_, index) =>
    `<article><p>Post ${index + 1}</p>` +
    `<report-help variant="button" region="US" context="this post"></report-help></article>`,
).join('');
const forum =
  '<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
  `<title>Forum</title></head><body>${posts}<script type="module" src="/report-help.js"></script></body></html>`;

let server;
let browser;
const asked = [];
/** While set, every file but the button's waits for it: a flow that has not arrived yet. */
let held;

before(async () => {
  server = await serveDist({ '/forum.html': forum }, async (path) => {
    asked.push(path);
    if (path !== '/report-help.js' && held) await held.promise;
    return undefined;
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The stand-in button and its status, as the page shows them before the element is registered. */
const standIn = (page, index) =>
  page.evaluate((index) => {
    const root = document
      .querySelectorAll('report-help')
      [index].querySelector('[data-sp-stand-in]')?.shadowRoot;
    const button = root?.querySelector('button');
    return {
      label: button?.textContent,
      busy: button?.getAttribute('aria-busy'),
      status: root?.querySelector('[role="status"]')?.textContent,
    };
  }, index);

/** Where focus is: inside the open dialog of the nth element, or not. */
const focusInDialog = (page, index) =>
  page.evaluate((index) => {
    const host = document.querySelectorAll('report-help')[index];
    const dialog = host.shadowRoot?.querySelector('dialog');
    const focused = host.shadowRoot?.activeElement;
    return document.activeElement === host && Boolean(dialog?.open && dialog.contains(focused));
  }, index);

/** The first question of the flow, in the nth element's open dialog. */
const firstQuestion = (page, index) =>
  page
    .locator('report-help')
    .nth(index)
    .getByRole('dialog')
    .getByRole('radio', { name: /me, and i am under 18/i });

test('twenty buttons load only the button until a press; the first press loads the flow once, the second nothing', async () => {
  asked.length = 0;
  const page = await browser.newPage();
  try {
    await page.goto(`${server.origin}/forum.html`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(asked, ['/report-help.js'], 'before any press, only the button is asked for');
    assert.equal(await page.locator('report-help button').count(), 20, 'twenty buttons show');
    assert.deepEqual(await standIn(page, 0), {
      label: 'Report / get help',
      busy: null,
      status: '',
    });

    await page
      .locator('report-help')
      .nth(3)
      .getByRole('button', { name: 'Report / get help' })
      .click();
    await firstQuestion(page, 3).waitFor();
    assert.ok(await focusInDialog(page, 3), 'focus is in the dialog');
    await page.waitForLoadState('networkidle');
    const flow = asked.slice(1);
    assert.ok(flow.length > 0, 'the press loaded the flow');
    assert.equal(new Set(asked).size, asked.length, `each file once: ${asked.join(' ')}`);
    assert.ok(
      flow.some((path) => path.startsWith('/regions/US')),
      `the country file: ${flow}`,
    );

    await page.keyboard.press('Escape');
    await page
      .locator('report-help')
      .nth(12)
      .getByRole('button', { name: 'Report / get help' })
      .click();
    await firstQuestion(page, 12).waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(asked.slice(1), flow, 'the second button loads nothing new');
  } finally {
    await page.close();
  }
});

test('a press before the flow arrives is kept: the button says it is busy and the dialog opens when it comes', async () => {
  asked.length = 0;
  let release;
  held = { promise: new Promise((resolve) => (release = resolve)) };
  const page = await browser.newPage();
  try {
    await page.goto(`${server.origin}/forum.html`);
    const button = page
      .locator('report-help')
      .nth(0)
      .getByRole('button', { name: 'Report / get help' });
    await button.click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('report-help [data-sp-stand-in]')
          ?.shadowRoot?.querySelector('[role="status"]')?.textContent,
    );
    assert.deepEqual(await standIn(page, 0), {
      label: 'Report / get help',
      busy: 'true',
      status: 'Loading help…',
    });
    assert.equal(await page.locator('report-help').nth(0).getByRole('dialog').count(), 0);

    release();
    await firstQuestion(page, 0).waitFor();
    assert.ok(await focusInDialog(page, 0), 'focus is in the dialog');
  } finally {
    held = undefined;
    await page.close();
  }
});
