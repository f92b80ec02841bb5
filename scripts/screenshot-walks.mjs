// The acceptance walks of issue 19 at 360 px, after `npm run build`: each person answers <report-help> with the
// mouse and keyboard as they would (their country from the browser's language, or typed into the picker), and
// each step of their plan is shot whole-page, with its text beside it for checking against the reference.
// Usage: node scripts/screenshot-walks.mjs [out-dir] (default docs/screenshots/walks).
import { mkdirSync, writeFileSync } from 'node:fs';
import { withServedBrowser } from './browser.mjs';

const out = process.argv[2] ?? 'docs/screenshots/walks';
mkdirSync(out, { recursive: true });

/** A bare page (no country in its language) served from /demo/ so it loads the built bundle. */
const bare = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<script type="module" src="/dist/safety-panels.js"></script></head><body>${body}</body></html>`;

const STEPS = [
  '0-start',
  '1-recognise',
  '2-evidence',
  '3-platform',
  '4-official',
  '5-support',
  '6-summary',
];

/**
 * name; the browser's language (its country is the visitor's own); the situation and answer as the person reads
 * them; a country typed into the picker's find field (or none); on the forum: the post whose button opens it.
 */
const ONLY = process.env.WALK;
const WALKS = [
  {
    name: 'ph-teen-live-streams',
    locale: 'en-PH',
    situation: /pays, pushes or tricks me/,
    who: 'Me, and I am under 18',
    exit: true,
  },
  {
    name: 'bystander-no-country',
    locale: 'en',
    situation: /I found sexual images or videos of a child/,
    who: '18 or over',
  },
  {
    // The forum's page is in British English: with no country chosen, the page's country is the visitor's.
    name: 'forum-bystander-page-country',
    locale: 'en',
    forum: true,
    situation: /I found sexual images or videos of a child/,
    who: '18 or over',
  },
  {
    name: 'forum-bystander-kenya',
    locale: 'en',
    forum: true,
    situation: /I found sexual images or videos of a child/,
    who: '18 or over',
    type: 'keny',
  },
  {
    name: 'us-adult-own-images-from-16',
    locale: 'en-US',
    situation: /Nude or sexual images of someone under 18/,
    who: 'Me, and I am 18 or over',
  },
  {
    name: 'ie-parent',
    locale: 'en-IE',
    situation: /An adult is seeking sexual contact with a child/,
    who: 'Someone under 18 I am helping',
  },
  {
    name: 'jp-teen-sextortion',
    locale: 'ja-JP',
    situation: /threatening to share sexual images/,
    who: 'Me, and I am under 18',
  },
  {
    name: 'ng-teen-sextortion',
    locale: 'en-NG',
    situation: /threatening to share sexual images/,
    who: 'Me, and I am under 18',
  },
  {
    name: 'ba-teen-typed',
    locale: 'en',
    situation: /threatening to share sexual images/,
    who: 'Me, and I am under 18',
    type: 'bosn',
  },
];

/** Everything the reader sees in the element's shadow root (or its open dialog), as text. */
const seen = (host) =>
  host.evaluate((el) => {
    const root = el.shadowRoot;
    const dialog = root.querySelector('dialog[open]');
    return (dialog ?? root.querySelector('[part=panel]'))?.innerText ?? '';
  });

await withServedBrowser(8128, async (browser, origin) => {
  for (const walk of WALKS.filter(({ name }) => !ONLY || name.startsWith(ONLY))) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: walk.locale,
      timezoneId: 'UTC',
    });
    const page = await context.newPage();
    await page.route(/^https?:\/\/(?!localhost)/, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Elsewhere</title><p>Elsewhere</p>' }),
    );
    if (walk.exit) await page.goto(`${origin}/demo/index.html`).catch(() => {});
    if (walk.forum) {
      await page.goto(`${origin}/demo/forum.html`);
    } else {
      await page.route(`${origin}/demo/__bare.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: bare('<report-help></report-help>') }),
      );
      await page.goto(`${origin}/demo/__bare.html`);
    }
    const host = page.locator('report-help').nth(walk.forum ? 1 : 0);
    await host.waitFor();
    await page.waitForTimeout(500);
    if (walk.forum) await host.getByRole('button', { name: 'Report / get help' }).click();
    await host.getByLabel(walk.situation).check();
    await host.getByLabel(walk.who, { exact: true }).check();
    if (walk.type) {
      const find = host.getByLabel('Not your country? Type to find it');
      await find.click();
      await page.keyboard.type(walk.type);
      await page.waitForTimeout(300);
    }
    // The picker as a phone shows it: the visitor's own country first, then the rest.
    const options = await host.evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('select')[0].querySelectorAll('optgroup, option')]
        .slice(0, 4)
        .map((o) => (o.tagName === 'OPTGROUP' ? `[${o.label}]` : o.textContent.trim()))
        .join(' | '),
    );
    const log = [`=== picker: ${options}`];
    for (const [index, step] of STEPS.entries()) {
      // The keyboard: after a whole-page shot, headless Chromium can drop the next mouse click.
      if (index === 1) await host.getByRole('button', { name: 'Show my plan' }).press('Enter');
      else if (index > 1) await host.getByRole('button', { name: 'Next' }).press('Enter');
      await page.waitForTimeout(300);
      const file = `${out}/${walk.name}-${step}.png`;
      if (walk.forum) {
        // The dialog scrolls inside the viewport: for the shot only, it may be as tall as what it holds, in a
        // viewport as tall as that.
        const height = await host.evaluate((el) => {
          const dialog = el.shadowRoot.querySelector('dialog[open]');
          const body = dialog.querySelector('.dialog-body');
          const header = dialog.getBoundingClientRect().height - body.clientHeight;
          dialog.style.cssText = 'height: auto; max-height: none';
          return header + body.scrollHeight;
        });
        await page.setViewportSize({ width: 360, height: Math.max(740, height + 60) });
        await page.waitForTimeout(100);
        await page.screenshot({ path: file });
        await host.evaluate(
          (el) => (el.shadowRoot.querySelector('dialog[open]').style.cssText = ''),
        );
        await page.setViewportSize({ width: 360, height: 740 });
      } else {
        await page.screenshot({ path: file, fullPage: true });
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      log.push(
        `=== ${step}${overflow > 0 ? ` (HORIZONTAL OVERFLOW ${overflow}px)` : ''}`,
        await seen(host),
      );
      console.log(file);
    }
    if (walk.exit) {
      // The quick exit, then Back, as a person would at the end: what the browser shows after each.
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page
        .waitForURL((url) => !url.href.startsWith(origin), { timeout: 10000 })
        .catch(() => {});
      log.push(`=== quick exit (Shift ×3): now at ${page.url()}`);
      await page.goBack().catch(() => {});
      await page.waitForTimeout(800);
      const back = page.url().startsWith(origin)
        ? await seen(page.locator('report-help').first()).catch(() => '(no panel)')
        : '';
      log.push(`=== Back: now at ${page.url()}`, back);
      await page.screenshot({ path: `${out}/${walk.name}-8-after-back.png`, fullPage: true });
    }
    writeFileSync(`${out}/${walk.name}.txt`, log.join('\n') + '\n');
    await context.close();
  }
});
