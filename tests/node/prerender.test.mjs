// Elements drawn on a server (`safety-panels render`): with scripts off, in Debian's Chromium, a person sees the
// help and can use every link, and sees no control that would do nothing; with the script, the element takes over
// where it stands: no console error, no layout shift, focus and scroll kept. Served from dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { defaultManifest, selectResources } from '../../dist/index.js';
import { serveDist } from './dist-server.mjs';
import { listen, prerenderedPage, renderCli, waitForTakeOver } from './prerender-page.mjs';

const hotlines = renderCli('hotline-list', '--region', 'US', '--lang', 'en');
const report = renderCli('report-help', '--region', 'US', '--exit-url', '/away');
const signs = renderCli('warning-signs', '--region', 'US', '--audience', 'teen', '--checklist');
// A forum page: the signs, the list and a report button, each drawing its own emergency line without scripts.
const button = renderCli('report-help', '--region', 'US', '--variant', 'button');
const all = signs + hotlines + button;

/**
 * A page as a slow phone paints it before the parser reads on: the page with `element`, ending where `marker`
 * last begins in it (nothing after: what follows would be parsed into the open element).
 */
function partPage(element, marker) {
  const at = element.lastIndexOf(marker);
  assert.ok(at > 0, marker);
  const page = prerenderedPage(element, { script: '' });
  return page.slice(0, page.indexOf(element) + at);
}

let server;
let browser;
/** While set, the script waits for `release()` (see the focus test). */
let holding = false;
/** While set, the country's file is refused (see the failed-file test). */
let refusing = false;
/** While set, the script itself is refused (see the lost-script test). */
let scriptLost = false;
let release;

before(async () => {
  const held = new Promise((resolve) => (release = resolve));
  server = await serveDist(
    {
      '/hotlines.html': prerenderedPage(hotlines),
      '/report.html': prerenderedPage(report),
      '/signs.html': prerenderedPage(signs),
      '/all.html': prerenderedPage(all),
      // A server-drawn report button on the per-element script, which draws stand-ins only for buttons it finds bare.
      '/button.html': prerenderedPage(button, {
        script: '<script type="module" src="/report-help.js"></script>',
      }),
      // The classic script in the head, defined before the parser reaches the elements' drawn shadow roots.
      '/head.html': prerenderedPage(hotlines + report, {
        script: '',
        head: '<script src="/safety-panels.iife.js"></script>',
      }),
      // The same pages as the parser has them part-way: cut before the last field of a row of fields.
      '/hotlines-part.html': partPage(hotlines, '<div class="field"'),
      '/hotlines-whole.html': prerenderedPage(hotlines, { script: '' }),
      '/report-part.html': partPage(report, '<div class="field"'),
      '/report-whole.html': prerenderedPage(report, { script: '' }),
      '/away': '<!doctype html><title>Weather</title><p>Sunny</p>',
    },
    (path) => {
      if (refusing && path === '/regions/US.js') return 'refuse';
      if (scriptLost && path === '/safety-panels.js') return 'refuse';
      return holding && path === '/safety-panels.js' ? held : undefined;
    },
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, options = {}, waitUntil = 'load') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const tab = await context.newPage();
  const said = listen(tab);
  await tab.goto(`${server.origin}${path}`, { waitUntil });
  return { tab, said, close: () => context.close() };
}

const scriptsOff = { javaScriptEnabled: false };

/** The controls on screen that only a script could make work. */
async function visibleControls(tab) {
  let count = 0;
  for (const role of ['button', 'combobox', 'radio', 'checkbox', 'textbox'])
    for (const control of await tab.getByRole(role).all())
      if (await control.isVisible()) count += 1;
  return count;
}

test('hotline-list with scripts off: the emergency number and every service, each with a working link', async () => {
  const { tab, close } = await open('/hotlines.html', scriptsOff);
  try {
    assert.equal(await tab.getByRole('link', { name: '911' }).getAttribute('href'), 'tel:911');
    const items = tab.locator('[part~="item"]');
    // Every US service (the list with a script shows five at first).
    assert.equal(
      await items.count(),
      selectResources(defaultManifest.resources, { region: 'US' }).length,
    );
    // RAINN runs the National Sexual Assault Hotline (and the DoD Safe Helpline).
    for (const name of ['CyberTipline', 'National Human Trafficking Hotline', 'RAINN']) {
      const item = items.filter({
        hasText: name === 'RAINN' ? 'National Sexual Assault Hotline' : name,
      });
      assert.equal(await item.count(), 1, name);
      assert.match(await item.textContent(), new RegExp(name));
      const call = item.locator('a[href^="tel:+1"]').first();
      assert.equal(await call.isVisible(), true, `${name} has a call link on screen`);
    }
    assert.equal(await visibleControls(tab), 0);
  } finally {
    await close();
  }
});

test('report-help with scripts off: an exit link to exit-url at the top, and where to report', async () => {
  const { tab, close } = await open('/report.html', scriptsOff);
  try {
    const exit = tab.getByRole('link', { name: 'Exit this page' });
    assert.equal(await exit.isVisible(), true);
    assert.equal(await exit.getAttribute('href'), '/away');
    const heading = tab.getByRole('heading', { name: 'Report it and get help' });
    assert.ok(
      (await exit.boundingBox()).y < (await heading.boundingBox()).y,
      'the exit comes first',
    );
    const tipline = tab.locator('[part~="item"]').filter({ hasText: 'CyberTipline' });
    assert.equal(await tipline.locator('a[href^="https:"]').first().isVisible(), true);
    assert.equal(await tipline.locator('a[href^="tel:"]').first().isVisible(), true);
    // The chooser, its buttons and the Shift ×3 hint need the script: not on screen.
    assert.equal(await visibleControls(tab), 0);
    assert.equal(await tab.getByText(/Shift 3 times/).isVisible(), false);
    await Promise.all([tab.waitForURL('**/away'), exit.click()]);
  } finally {
    await close();
  }
});

// Scripts on, but the script never comes (blocked, or its server down): the drawn report-help must not stay a
// chooser that does nothing with no way out. Once it has waited for the script (8 s), it shows what a page without
// scripts shows: the exit link first, and where to report.
test('report-help whose script never comes: after the wait, the exit link and the plain guide, no dead controls', async () => {
  scriptLost = true;
  const { tab, close } = await open('/report.html');
  try {
    const exit = tab.getByRole('link', { name: 'Exit this page' });
    await exit.waitFor({ timeout: 30_000 });
    assert.equal(await visibleControls(tab), 0);
    const tipline = tab.locator('[part~="item"]').filter({ hasText: 'CyberTipline' });
    assert.equal(await tipline.locator('a[href^="tel:"]').first().isVisible(), true);
    await Promise.all([tab.waitForURL('**/away'), exit.click()]);
  } finally {
    scriptLost = false;
    await close();
  }
});

// Lit's server wrote `.checked=${false}` as `checked="false"`, which HTML reads as checked: before the script took
// over, report-help showed three answers already chosen, and the signs' checklist every box ticked.
for (const path of ['/report.html', '/signs.html'])
  test(`${path}: nothing is ticked or chosen before the script takes over`, async () => {
    const { tab, close } = await open(path, scriptsOff);
    try {
      assert.ok((await tab.locator('input[type=radio], input[type=checkbox]').count()) > 0);
      assert.equal(await tab.locator('input:checked').count(), 0);
    } finally {
      await close();
    }
  });

test('warning-signs with scripts off: the signs in groups that open without a script', async () => {
  const { tab, close } = await open('/signs.html', scriptsOff);
  try {
    const groups = tab.locator('details[part~="group"]');
    const young = defaultManifest.warningSigns.groups.filter((group) => group.audience === 'young');
    assert.equal(await groups.count(), young.length);
    const first = groups.first();
    await first.locator('summary').click();
    assert.equal(await first.locator('li').first().isVisible(), true);
    assert.equal(await visibleControls(tab), 0);
  } finally {
    await close();
  }
});

for (const [path, tag] of [
  ['/hotlines.html', 'hotline-list'],
  ['/report.html', 'report-help'],
  ['/signs.html', 'warning-signs'],
  ['/all.html', 'warning-signs, hotline-list, report-help'],
  ['/head.html', 'hotline-list, report-help'],
  ['/button.html', 'report-help'],
]) {
  test(`${path} (${tag}) with the script: taken over with no console error and no layout shift`, async () => {
    const { tab, said, close } = await open(path);
    try {
      await waitForTakeOver(tab, tag);
      assert.deepEqual(said, []);
      assert.ok((await tab.evaluate(() => window.__shift)) <= 0.01);
      assert.equal(
        await tab.locator('[data-sp-stand-in]').count(),
        0,
        'no stand-in beside a drawn button',
      );
    } finally {
      await close();
    }
  });
}

// A slow phone paints a page before the parser has read all of it. The fields read so far must already stand
// where they will stay: with auto-fit columns, three filter fields of four filled the row, then jumped (a layout
// shift of 0.019 at 20x CPU).
for (const name of ['hotlines', 'report'])
  test(`${name}: fields painted before the parser reads the last one stand where they will stay`, async () => {
    const boxes = async (path) => {
      const { tab, close } = await open(path);
      try {
        return await tab.evaluate(() =>
          [
            ...document
              .querySelector('hotline-list, report-help')
              .shadowRoot.querySelectorAll('.field'),
          ].map((field) => {
            const box = field.getBoundingClientRect();
            return [Math.round(box.x), Math.round(box.width)];
          }),
        );
      } finally {
        await close();
      }
    };
    const part = await boxes(`/${name}-part.html`);
    const whole = await boxes(`/${name}-whole.html`);
    assert.ok(part.length > 0 && part.every(([, width]) => width > 0), JSON.stringify(part));
    assert.deepEqual(part, whole.slice(0, part.length));
  });

test('the taken-over list works: a filter changes what is shown', async () => {
  const { tab, close } = await open('/hotlines.html');
  try {
    await waitForTakeOver(tab, 'hotline-list');
    const count = tab.locator('[part~="count"]');
    const all = await count.textContent();
    await tab.getByRole('combobox', { name: 'Contact by' }).selectOption('text');
    await tab.waitForFunction((before) => {
      const shown = document
        .querySelector('hotline-list')
        .shadowRoot.querySelector('[part~="count"]');
      return shown.textContent !== before;
    }, all);
    assert.notEqual(await count.textContent(), all);
  } finally {
    await close();
  }
});

test('focus and scroll stay where they were when the script arrives', async () => {
  holding = true;
  // The page waits for its module script before `load`: it is used as soon as it is drawn.
  const { tab, said, close } = await open('/hotlines.html', {}, 'commit');
  try {
    const call = tab
      .locator('[part~="item"]')
      .filter({ hasText: 'RAINN' })
      .locator('a[href^="tel:"]')
      .first();
    await call.focus();
    await tab.evaluate(() => window.scrollBy(0, 300));
    const scrolled = await tab.evaluate(() => window.scrollY);
    await call.evaluate((link) => (link.dataset.before = 'yes'));
    release();
    await waitForTakeOver(tab, 'hotline-list');
    const focused = await tab.evaluate(
      () => document.querySelector('hotline-list').shadowRoot.activeElement?.dataset.before,
    );
    assert.equal(focused, 'yes', 'the same link keeps focus');
    assert.equal(await tab.evaluate(() => window.scrollY), scrolled);
    assert.deepEqual(said, []);
  } finally {
    await close();
  }
});

test("when the country's file fails, the drawn list stays as it is, links and all", async () => {
  refusing = true;
  const { tab, close } = await open('/hotlines.html');
  try {
    await tab.waitForFunction(() => customElements.get('hotline-list'));
    await tab.waitForTimeout(500);
    const items = tab.locator('[part~="item"]');
    assert.equal(
      await items.count(),
      selectResources(defaultManifest.resources, { region: 'US' }).length,
    );
    const tipline = items.filter({ hasText: 'CyberTipline' });
    assert.equal(await tipline.locator('a[href^="tel:"]').first().isVisible(), true);
    assert.equal(await tab.evaluate(() => window.__shift), 0);
  } finally {
    refusing = false;
    await close();
  }
});
