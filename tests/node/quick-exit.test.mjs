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
  '/thread.html': page('<h1>My thread</h1><iframe src="/help.html"></iframe>'),
  // Exit pages that never show: the navigation to them never commits, and the help page stays where it was.
  '/no-content': (response) => {
    response.writeHead(204);
    response.end();
  },
  '/download': (response) => {
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-disposition': 'attachment; filename="notes.txt"',
    });
    response.end('notes');
  },
  '/blank.html': page(''),
};
// A single-page app (README, "Single-page apps"): its "Get help" shows the help without loading a page, moving to
// /<app>/help with `history.pushState` or `history.replaceState`; loaded at its own URL it shows the forum home.
for (const how of ['pushState', 'replaceState'])
  pages[`/${how}.html`] = page(
    `<h1>Forum home</h1><button type="button">Get help</button><div id="view"></div>` +
      `<script type="module">import '/safety-panels.js';` +
      `document.querySelector('button').addEventListener('click', () => {` +
      `history.${how}({}, '', '/${how}/help');` +
      `document.querySelector('#view').innerHTML = '<report-help region="US" exit-url="/exit.html"></report-help>';` +
      `});</script>`,
  );
for (const exit of ['no-content', 'download'])
  // A host rule that shows its text through a hidden page (the red team's `.show { visibility: visible }`).
  pages[`/${exit}.html`] = help(
    `<style>.show { visibility: visible }</style><p class="show">My thread: the messages</p>` +
      `<hotline-list region="US" exit exit-url="/${exit}"></hotline-list>`,
  );

let server;
let browser;
let origin;
/** A second origin, for a page that embeds the help from another site. */
let other;

before(async () => {
  server = await serveDist(pages);
  origin = server.origin;
  browser = await launchChromium();
  other = await serveDist({
    '/thread.html': page(`<h1>My thread</h1><iframe src="${origin}/help.html"></iframe>`),
    '/sandboxed.html': page(
      `<h1>My thread</h1><iframe sandbox="allow-scripts allow-same-origin" src="${origin}/help.html"></iframe>`,
    ),
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
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

// Issue 18: in an iframe, the page around the help (the person's thread) leaves too.
for (const [name, at, leave] of [
  ['the same origin, by the button', () => `${origin}/thread.html`, 'button'],
  ['the same origin, by Shift three times', () => `${origin}/thread.html`, 'shift'],
  ['another origin, by the button', () => `${other.origin}/thread.html`, 'button'],
  ['another origin, by Shift three times', () => `${other.origin}/thread.html`, 'shift'],
]) {
  test(`in an iframe from ${name}: the top page leaves, and Back does not return to the thread`, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    try {
      await tab.goto(`${origin}/previous.html`);
      await tab.goto(at());
      const frame = tab.frameLocator('iframe');
      const exit = frame.locator('sp-quick-exit').getByRole('button', { name: 'Exit this page' });
      await exit.waitFor();
      if (leave === 'button') await exit.click();
      else {
        await frame.locator('report-help').getByRole('button', { name: 'Show my plan' }).focus();
        for (let i = 0; i < 3; i += 1) await tab.keyboard.press('Shift');
      }
      await expectBackLeavesHelp(tab);
    } finally {
      await context.close();
    }
  });
}

test('in a sandboxed iframe without allow-top-navigation, the frame still leaves (the top page cannot: README)', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const tab = await context.newPage();
  try {
    await tab.goto(`${other.origin}/sandboxed.html`);
    const frame = tab.frameLocator('iframe');
    await frame.locator('sp-quick-exit').getByRole('button', { name: 'Exit this page' }).click();
    await tab.frames()[1].waitForURL(`${origin}/exit.html`);
    assert.equal(
      tab.url(),
      `${other.origin}/sandboxed.html`,
      'the browser let the sandbox leave the top page',
    );
  } finally {
    await context.close();
  }
});

// Issue 18: an exit-url that answers 204 or starts a download never arrives; the exit's own cover keeps the help
// and the page's text off the screen, and the page then leaves for the built-in exit page, so the help does not
// stay in the tab. (`<hotline-list>` offers the exit only with `exit`.) Chromium reports such a navigation as a
// failed request (`net::ERR_ABORTED`), with a `download` event for the download, never as a finished one.
/** Resolves when the request for `url` has been answered and dropped, however the browser words it. */
const ended = (tab, url) =>
  new Promise((resolve) => {
    const ours = (request) => request.url() === url && resolve();
    tab.on('requestfinished', ours);
    tab.on('requestfailed', ours);
  });

for (const exit of ['no-content', 'download']) {
  test(`an exit-url that ${exit === 'download' ? 'starts a download' : 'answers 204'}: the screen stays blank, then the page leaves for the built-in exit page`, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    // The built-in exit page, held until the checks of the covered page are done (no request leaves the machine).
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await context.route('https://www.bbc.co.uk/weather', async (route) => {
      await held;
      await route.fulfill({ contentType: 'text/html', body: page('<h1>Weather</h1>') });
    });
    try {
      await tab.goto(`${origin}/blank.html`);
      const blank = await tab.screenshot();
      await tab.goto(`${origin}/${exit}.html`);
      await tab.locator('hotline-list').locator('[data-id="ncmec-cybertipline"]').waitFor();
      assert.ok(
        !(await tab.screenshot()).equals(blank),
        'the help page looks blank before the exit',
      );
      const answered = ended(tab, `${origin}/${exit}`);
      await tab.getByRole('button', { name: 'Exit this page' }).click();
      await answered;
      // Two frames drawn after the answer: the browser has dropped the navigation and painted what is left.
      await tab.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      assert.equal(tab.url(), `${origin}/${exit}.html`, 'the page left after all');
      assert.ok((await tab.screenshot()).equals(blank), 'something of the page shows');
      // The page's own text is still "visible" by its CSS; what a person sees at its place is the exit's cover.
      const onTop = await tab.getByText('My thread: the messages').evaluate((text) => {
        const box = text.getBoundingClientRect();
        return document.elementFromPoint(box.x + 1, box.y + box.height / 2)?.localName;
      });
      assert.equal(onTop, 'sp-exit-cover');
      release();
      await tab.waitForURL('https://www.bbc.co.uk/weather');
      assert.equal(await tab.getByRole('heading').textContent(), 'Weather');
      await tab.goBack();
      assert.equal(tab.url(), `${origin}/blank.html`, 'Back returned to the help page');
    } finally {
      await context.close();
    }
  });
}

// README, "Single-page apps": the exit replaces the current entry only; an app that opened the help with
// pushState keeps its own entry before it, which Back loads again (the app's own view at that URL, not the help);
// one that used replaceState leaves no entry that shows the help, and Back lands on the page before the app.
for (const [how, back, heading] of [
  ['pushState', 'pushState.html', 'Forum home'],
  ['replaceState', 'previous.html', 'School news'],
]) {
  test(`a single-page app that opened the help with ${how}: Back after the exit shows ${heading}`, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    try {
      await tab.goto(`${origin}/previous.html`);
      await tab.goto(`${origin}/${how}.html`);
      await tab.getByRole('button', { name: 'Get help' }).click();
      await tab.waitForURL(`${origin}/${how}/help`);
      const length = await tab.evaluate(() => history.length);
      await tab.getByLabel('Someone is threatening to share sexual images').check();
      await tab.getByRole('button', { name: 'Exit this page' }).click();
      await tab.waitForURL(`${origin}/exit.html`);
      assert.equal(await tab.evaluate(() => history.length), length, 'the exit added history');
      await tab.goBack();
      assert.equal(tab.url(), `${origin}/${back}`);
      assert.equal(await tab.getByRole('heading', { level: 1 }).textContent(), heading);
      assert.equal(await tab.locator('report-help').count(), 0, 'Back shows the help');
    } finally {
      await context.close();
    }
  });
}
