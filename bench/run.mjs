// Prints gzip sizes of the built files and how long a generated 10,000-resource manifest takes to validate,
// filter and render. Numbers only, no pass/fail on timing; the size budget is checked (exit 1 when over).
// Run after `npm run build`: npm run bench
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { withServedBrowser } from '../scripts/browser.mjs';
import { defaultManifest } from '../dist/manifest/default-manifest.js';
import { MAX_FILE_BYTES, parseManifest } from '../dist/manifest/schema.js';
import { selectResources } from '../dist/manifest/select.js';

const BUDGET = { 'safety-panels.js': 40 * 1024 };
/** The most DOM nodes one <hotline-list> may build, however long the manifest's list (it pages by 10). */
const NODE_BUDGET = 3_000;
const RESOURCES = 10_000;
const RUNS = 5;

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Sizes.
console.log('gzip -9 sizes');
let over = false;
for (const file of [
  'safety-panels.js',
  'safety-panels-schema.js',
  'safety-panels.iife.js',
  'default-manifest.json',
  'manifest.schema.json',
]) {
  const path = join('dist', file);
  const size = gz(path);
  const budget = BUDGET[file];
  const verdict = budget
    ? size <= budget
      ? `  (budget ${kb(budget)}: ok)`
      : `  (budget ${kb(budget)}: OVER)`
    : '';
  if (budget && size > budget) over = true;
  console.log(
    `  ${file.padEnd(26)} ${String(statSync(path).size).padStart(8)} B raw  ${kb(size).padStart(9)} gzip${verdict}`,
  );
}
console.log(
  `  ${'script tag, with a site manifest'.padEnd(26)} ${kb(gz('dist/safety-panels.js') + gz('dist/safety-panels-schema.js')).padStart(27)} gzip (safety-panels.js + the validator chunk it loads)`,
);
const libFiles = [];
const walk = (dir) =>
  readdirSync(dir).forEach((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.js') && !path.includes('safety-panels') && !path.includes('/cli/'))
      libFiles.push(path);
  });
walk('dist');
console.log(
  `  ${'npm entry (dist/**/*.js)'.padEnd(26)} ${libFiles.length} files, ${kb(libFiles.reduce((sum, f) => sum + gz(f), 0))} gzip in all (lit and zod not included)`,
);

// A generated manifest: 10,000 resources across 40 regions.
const regions = [
  'US',
  'CA',
  'GB',
  'AU',
  'IE',
  'NZ',
  'DE',
  'FR',
  'ES',
  'MX',
  'BR',
  'IN',
  'JP',
  'ZA',
  'NG',
  'KE',
  'PH',
  'SE',
  'NO',
  'NL',
];
const all = [...regions, ...regions.map((r) => `${r}-X${r[0]}`)];
// A site's own entry is shorter than the built-in ones (which carry sources, contact notes and two languages):
// so 10,000 of them fit the 5 MB file limit.
const { kind, audiences, topics, hours } = defaultManifest.resources.find((r) => r.id === 'nhth');
const template = {
  kind,
  description: 'A helpline generated for the benchmark.',
  audiences,
  topics,
  channels: [
    { type: 'phone', display: '1-888-373-7888', number: '+18883737888' },
    { type: 'web', url: 'https://helpline.example/' },
  ],
  hours,
};
const big = {
  version: 1,
  extends: 'default',
  resources: Array.from({ length: RESOURCES }, (_, i) => ({
    ...template,
    id: `generated-${i}`,
    name: `Generated helpline ${i}`,
    regions: [all[i % all.length]],
    hours:
      i % 3
        ? template.hours
        : {
            type: 'weekly',
            timeZone: 'Europe/London',
            spans: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }],
          },
  })),
};
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/big-manifest.json', JSON.stringify(big));
const bigBytes = statSync('bench/out/big-manifest.json').size;
console.log(`\ngenerated manifest: ${RESOURCES} resources, ${kb(bigBytes)}`);
if (bigBytes > MAX_FILE_BYTES) throw new Error('the generated manifest is over the file limit');

const validateTimes = [];
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  const result = parseManifest(big);
  validateTimes.push(performance.now() - start);
  if (!result.ok) throw new Error(`generated manifest is invalid: ${result.issues[0].path}`);
}
const filterTimes = [];
let shown = 0;
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  shown = selectResources(big.resources, {
    region: 'US',
    audience: 'teen',
    topics: ['trafficking'],
  }).length;
  filterTimes.push(performance.now() - start);
}
console.log(
  `  validate (node)             median ${median(validateTimes).toFixed(1)} ms of ${RUNS}`,
);
console.log(
  `  filter to US (node)         median ${median(filterTimes).toFixed(2)} ms of ${RUNS} (${shown} shown)`,
);

// Render in Chromium: fetch, validate, merge and render <hotline-list> with the generated manifest.
await withServedBrowser(8124, async (browser, origin) => {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/page.html`);
  await page.waitForFunction(() => customElements.get('hotline-list'));
  for (const [label, attributes] of [
    ['default manifest, US', { region: 'US' }],
    [
      `${RESOURCES}-resource manifest, US`,
      { region: 'US', manifest: '/bench/out/big-manifest.json' },
    ],
    [
      `${RESOURCES}-resource manifest, US, compact`,
      { region: 'US', manifest: '/bench/out/big-manifest.json', compact: '' },
    ],
  ]) {
    const times = [];
    let items = 0;
    let nodes = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const result = await page.evaluate(async (attrs) => {
        const { clearManifestCache } = await import('/dist/safety-panels.js');
        clearManifestCache();
        document.body.replaceChildren();
        const el = document.createElement('hotline-list');
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        const start = performance.now();
        const loaded = attrs.manifest
          ? new Promise((resolve) => el.addEventListener('sp-loadend', resolve, { once: true }))
          : null;
        document.body.append(el);
        const source = (await loaded)?.detail.source;
        if (attrs.manifest && source !== 'site') throw new Error('the site manifest was not used');
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ALL);
        let nodes = 0;
        while (walker.nextNode()) nodes += 1;
        return {
          ms: performance.now() - start,
          items: el.shadowRoot.querySelectorAll('.item').length,
          nodes,
        };
      }, attributes);
      times.push(result.ms);
      items = result.items;
      nodes = result.nodes;
    }
    const nodeVerdict = nodes <= NODE_BUDGET ? 'ok' : 'OVER';
    if (nodes > NODE_BUDGET) over = true;
    console.log(
      `  render: ${label.padEnd(34)} median ${median(times).toFixed(0)} ms of ${RUNS} (${items} cards, ${nodes} DOM nodes; budget ${NODE_BUDGET}: ${nodeVerdict})`,
    );
  }
});

if (over) {
  console.error('\nA bundle or a rendered list is over its budget.');
  process.exitCode = 1;
}
