// Pages for the prerender tests and screenshots: an element as `safety-panels render` prints it, in a page that
// loads the script (or not), and what the page saw while the script took over (layout shifts, console errors).
import { spawnSync } from 'node:child_process';

/** What `safety-panels render …` prints (the build must be there: `npm run build`). */
export function renderCli(...args) {
  const result = spawnSync(process.execPath, ['bin/safety-panels.js', 'render', ...args], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`render ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

// Adds up the layout shifts the page sees from its first paint (as Core Web Vitals' CLS does, without windows).
const SHIFTS =
  '<script>window.__shift = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries())' +
  ' if (!entry.hadRecentInput) window.__shift += entry.value; }).observe({ type: "layout-shift", buffered: true });' +
  '</script>';

const MODULE = '<script type="module" src="/safety-panels.js"></script>';

/**
 * A page of a site with the element between a heading and a paragraph. `script`: what loads the bundle at the end
 * of the body, or false for a page with no script at all; `head`: more for the head, such as a classic script.
 */
export function prerenderedPage(element, { script = MODULE, head = '' } = {}) {
  return (
    '<!doctype html><html lang="en-US"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">' +
    `<title>Help</title>${script === false ? '' : SHIFTS}${head}` +
    '<style>body{font-family:sans-serif;margin:1rem}</style></head>' +
    `<body><h1>Get help</h1>${element}<p>After the panel.</p>${script || ''}</body></html>`
  );
}

/** Waits until the elements (a selector) have taken over their drawn shadow roots and drawn again as the script does. */
export async function waitForTakeOver(tab, selector) {
  await tab.waitForFunction(
    (names) =>
      [...document.querySelectorAll(names)].every(
        (element) => !element.hasAttribute('defer-hydration') && element.hasUpdated,
      ),
    selector,
  );
  await tab.evaluate(async (names) => {
    for (const element of document.querySelectorAll(names)) while (!(await element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, selector);
}

/** Console errors and warnings, and uncaught errors, from now on. */
export function listen(tab) {
  const said = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      said.push(`${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => said.push(`uncaught: ${error.message}`));
  return said;
}
