// The docs site (`npm run docs` → site/): it builds from what `npm run build` made; each element's page names its
// whole public API from custom-elements.json; every link and file a page uses is in site/ or dist/; and every page,
// served by `npm start`'s server and drawn in Chromium with the live elements, passes axe with no request leaving.
// Needs dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { elementsIn } from '../../scripts/docs/elements.mjs';

const root = new URL('../../', import.meta.url);
const site = new URL('site/', root);
execFileSync(process.execPath, ['scripts/docs/build.mjs'], { cwd: root, stdio: 'pipe' });
const files = readdirSync(site).filter((file) => file.endsWith('.html'));
const html = (file) => readFileSync(new URL(file, site), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = elementsIn(manifest);

const decode = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

test('the site has a home page, a page per element and the manifest, hide, strings, theming, CSP, server-rendering, facts and quick-exit pages', () => {
  for (const file of [
    'index.html',
    'server.html',
    'facts.html',
    'manifest.html',
    'hide.html',
    'strings.html',
    'theming.html',
    'csp.html',
  ]) {
    assert.ok(files.includes(file), `${file} missing from site/`);
  }
  assert.ok(files.includes('quick-exit.html'));
  assert.equal(elements.length, 3);
  for (const element of elements)
    assert.ok(files.includes(`${element.tagName}.html`), element.tagName);
});

/** The names in `<code>` in one `<h2 id=…>` section of a page. */
function namesIn(page, id) {
  const start = page.indexOf(`<h2 id="${id}">`);
  assert.ok(start >= 0, `no section #${id}`);
  const end = page.indexOf('<h2', start + 1);
  const part = page.slice(start, end < 0 ? undefined : end);
  return new Set([...part.matchAll(/<td><code>([^<(]+)/g)].map((match) => decode(match[1])));
}

test("each element's page lists every public attribute, property, method, event, part and CSS custom property", () => {
  for (const element of elements) {
    const page = html(`${element.tagName}.html`);
    const members = (element.members ?? []).filter((member) => !member.static);
    const expected = {
      attributes: (element.attributes ?? []).map((a) => a.name),
      properties: members.filter((m) => m.kind === 'field').map((m) => m.name),
      methods: members.filter((m) => m.kind === 'method').map((m) => m.name),
      events: (element.events ?? []).map((e) => e.name),
      slots: (element.slots ?? []).map((s) => s.name).filter(Boolean),
      parts: (element.cssParts ?? []).map((p) => p.name),
      'css-custom-properties': (element.cssProperties ?? []).map((p) => p.name),
    };
    for (const [id, names] of Object.entries(expected)) {
      const shown = namesIn(page, id);
      for (const name of names)
        assert.ok(shown.has(name), `${element.tagName}: ${id} lacks ${name}`);
    }
    assert.ok(expected.attributes.length > 0 && expected.parts.length > 0, element.tagName);
    assert.match(
      page,
      new RegExp(`<div class="example"><${element.tagName}[ >]`),
      'a live example',
    );
    assert.match(page, new RegExp(`<pre><code>[^]*&lt;${element.tagName}`), 'its code');
  }
});

test('custom-elements.json names every part the elements draw and every --sp-* property their styles read', () => {
  const sources = execFileSync('grep', ['-rhoE', 'part="[a-z -]+"|var\\(--sp-[a-z0-9-]+', 'src'], {
    cwd: root,
    encoding: 'utf8',
  });
  const documented = new Set(
    elements.flatMap((e) => [...(e.cssParts ?? []), ...(e.cssProperties ?? [])].map((x) => x.name)),
  );
  const used = new Set(
    [...sources.matchAll(/part="([a-z -]+)"|var\((--sp-[a-z0-9-]+)/g)].flatMap((m) =>
      m[1] ? m[1].split(' ') : [m[2]],
    ),
  );
  assert.ok(used.has('more') && used.has('--sp-panel-padding'), 'the sources were read');
  for (const name of used) assert.ok(documented.has(name), `${name} is used but not in any JSDoc`);
});

test('every link and file a page uses is in site/ or dist/ (with its #fragment), and nothing loads from outside', () => {
  for (const file of files) {
    const page = html(file);
    for (const [, attribute, raw] of page.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const value = decode(raw);
      if (value.startsWith('data:')) continue;
      if (/^(https?|mailto|tel):/.test(value)) {
        assert.equal(attribute, 'href', `${file} loads ${value} from outside`);
        assert.doesNotMatch(
          page,
          new RegExp(`<(link|script)[^>]*${raw}`),
          `${file} loads ${value}`,
        );
        continue;
      }
      const [path, fragment] = value.split('#');
      const target = path === '' ? file : path;
      const location = target.startsWith('/dist/')
        ? new URL(`.${target}`, root)
        : new URL(target.replace(/^\//, ''), site);
      assert.ok(existsSync(location), `${file}: ${value} leads nowhere`);
      if (fragment && target.endsWith('.html')) {
        const text = readFileSync(location, 'utf8');
        assert.ok(text.includes(`id="${fragment}"`), `${file}: ${value} has no #${fragment}`);
      }
    }
  }
});

test('every page, served and drawn in Chromium with the live elements, passes axe, fits a phone screen and asks only for its own files', async () => {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let said = '';
  while (!said.includes('\n')) said += (await once(server.stdout, 'data'))[0];
  const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(said)[0];
  const browser = await launchChromium();
  const axe = readFileSync(new URL('node_modules/axe-core/axe.min.js', root), 'utf8');
  try {
    // A phone's width: no page may need scrolling sideways (WCAG 1.4.10); wide tables scroll in their own box.
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const outside = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
        outside.push(request.url());
    });
    for (const file of files) {
      const response = await page.goto(`${origin}/${file === 'index.html' ? '' : file}`);
      assert.equal(response.status(), 200, file);
      const tag = elements.find((element) => file === `${element.tagName}.html`)?.tagName;
      if (tag) {
        // The live element drew its panel: its heading is there to read.
        await page
          .locator(`.example ${tag} [part~="heading"]`)
          .first()
          .waitFor({ timeout: 60_000 });
      }
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => (await globalThis.axe.run()).violations);
      const found = violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      assert.deepEqual(found, [], `${file} fails axe`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 360, `${file} is ${wide} px wide on a 360 px screen`);
    }
    assert.deepEqual(outside, []);
  } finally {
    await browser.close();
    server.kill();
  }
});
