// What a page loads, in gzip bytes: real pages in Debian's Chromium, served from dist/ (run `npm run build` first),
// every request recorded once the panels show their services, each file counted at `gzip -9` as a server would
// send it (one file, one gzip stream: files do not share a dictionary). Each total is printed beside its budget
// (issue 21, "Pay only for what is on screen"); a page over its budget has its script files' modules listed with
// their sizes (bench/modules.mjs). Run alone with `node bench/size.mjs`; `npm run bench` runs it first.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/browser.mjs';
import { TWENTY_BUTTONS } from './button-press.mjs';
import { printModules } from './modules.mjs';

const KB = 1024;
const dist = new URL('../dist/', import.meta.url);
const gz = (path) => gzipSync(readFileSync(new URL(`.${path}`, dist)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

const html = (lang, body, script) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<title>size</title></head><body>${body}${script}</body></html>`;
const module = (file) => `<script type="module" src="/${file}"></script>`;
const three =
  '<warning-signs region="US" audience="teen"></warning-signs><report-help region="US"></report-help>' +
  '<hotline-list region="US"></hotline-list>';

/** The pages measured: what each loads must stay within its budget. */
export const PAGES = [
  {
    name: 'English page, all three elements (safety-panels.js, US)',
    page: html('en-US', three, module('safety-panels.js')),
    budget: 40 * KB,
  },
  {
    name: 'English page, <hotline-list> alone (hotline-list.js, US)',
    page: html('en-US', '<hotline-list region="US"></hotline-list>', module('hotline-list.js')),
    budget: 26 * KB,
  },
  {
    // Issue 21, item 1: the buttons only, before any press (bench/button-press.mjs times the press).
    name: 'forum page, twenty buttons (report-help.js)',
    page: html('en-US', TWENTY_BUTTONS, module('report-help.js')),
    budget: 10 * KB,
  },
  {
    name: 'classic script, English, all three (US)',
    page: html('en-US', three, '<script src="/safety-panels.iife.js"></script>'),
    budget: undefined,
    file: { path: '/safety-panels.iife.js', budget: 40 * KB },
  },
  {
    name: 'French Canadian page, all three (CA; not budgeted)',
    page: html('fr-CA', three.replaceAll('"US"', '"CA"'), module('safety-panels.js')),
    budget: undefined,
  },
];

/** Serves the page at / and dist/ beside it; returns what the page asked for, once its panels show services. */
async function load(browser, page) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(page);
    }
    try {
      const body = readFileSync(new URL(`.${path}`, dist));
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const tab = await browser.newPage();
  const requests = [];
  tab.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path !== '/') requests.push(path);
  });
  try {
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction(
      () =>
        [...document.querySelectorAll('hotline-list')].every((el) =>
          el.shadowRoot?.querySelector('[part~="item"], .item'),
        ),
      undefined,
      { timeout: 10_000 },
    );
    await tab.waitForLoadState('networkidle');
  } finally {
    await tab.close();
    server.close();
  }
  return requests;
}

/** Measures every page; prints each file and each total beside its budget. Returns whether any is over. */
export async function measureSizes() {
  console.log(
    'What a page loads (gzip -9 per file, as requested by Chromium once the panels show services)',
  );
  let over = false;
  const browser = await launchChromium();
  try {
    for (const { name, page, budget, file } of PAGES) {
      const requests = await load(browser, page);
      const sizes = requests.map((path) => [path, gz(path)]);
      const total = sizes.reduce((sum, [, size]) => sum + size, 0);
      const verdict =
        budget === undefined ? '' : `  (budget ${kb(budget)}: ${total <= budget ? 'ok' : 'OVER'})`;
      if (budget !== undefined && total > budget) over = true;
      console.log(`  ${name}: ${kb(total)} in ${requests.length} files${verdict}`);
      for (const [path, size] of sizes)
        console.log(`      ${path.padEnd(40)} ${kb(size).padStart(9)}`);
      if (budget !== undefined && total > budget) await printModules(requests);
      if (file) {
        const size = gz(file.path);
        const ok = size <= file.budget;
        if (!ok) over = true;
        console.log(
          `      ${file.path} alone: ${kb(size)} (budget ${kb(file.budget)}: ${ok ? 'ok' : 'OVER'})`,
        );
        if (!ok) await printModules([file.path]);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(
    `  site-manifest loader with the validator, on pages with a manifest: ${kb(gz('/safety-panels-site.js'))}`,
  );
  for (const tag of ['es', 'fr'])
    console.log(`  languages/${tag}.js, on ${tag} pages only: ${kb(gz(`/languages/${tag}.js`))}`);
  return over;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (await measureSizes()) process.exitCode = 1;
}
