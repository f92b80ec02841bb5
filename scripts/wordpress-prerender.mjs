// Prerenders each element for every country and language of the built-in data, for the WordPress plugin
// (WordPress has no Node, so the HTML is made here, at build time).
//
// It uses the server-rendering API when the build has one (issue 17, part 1), and skips with a message when not.
// The API looked for: a module in dist/ from CANDIDATES exporting one of EXPORTS, called as
//   await renderElement(tag, { region, lang })  →  the element's HTML, `<tag …><template shadowrootmode…>…</tag>`
// Each fragment is written as it comes, the whole element (its start tag may carry attributes of the renderer's
// own, such as defer-hydration), to wordpress/safety-panels/prerendered/<tag>/<lang>/<REGION>.html; the plugin
// adds the page's other attributes to its start tag. Run alone: `node scripts/wordpress-prerender.mjs`.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const TAGS = ['warning-signs', 'report-help', 'hotline-list'];
const CANDIDATES = ['ssr/render.js', 'ssr/index.js', 'ssr.js', 'render.js', 'server.js'];
const EXPORTS = ['renderElement', 'renderToString', 'render'];

async function findRenderer(dist) {
  for (const candidate of CANDIDATES) {
    const path = join(dist, candidate);
    if (!existsSync(path)) continue;
    const module = await import(pathToFileURL(path).href);
    const name = EXPORTS.find((e) => typeof module[e] === 'function');
    if (name) return { render: module[name], from: `dist/${candidate} ${name}()` };
  }
  return undefined;
}

/** The rendered element, checked to be one `<tag …>…</tag>` (the plugin edits its start tag). */
export function oneElement(tag, html) {
  const trimmed = String(html).trim();
  if (!new RegExp(`^<${tag}[\\s>]`).test(trimmed) || !trimmed.endsWith(`</${tag}>`))
    throw new Error(`render did not return one <${tag}>`);
  return trimmed;
}

export async function prerender({ root, plugin, regions, languages }) {
  const out = join(plugin, 'prerendered');
  rmSync(out, { recursive: true, force: true });
  const renderer = await findRenderer(join(root, 'dist'));
  if (!renderer) {
    console.log(
      'wordpress: no prerendered fragments: the build has no server-rendering API yet ' +
        `(looked for ${EXPORTS.join('/')} in dist/${CANDIDATES.join(', dist/')}). ` +
        'The plugin prints each element with its no-JavaScript fallback instead.',
    );
    return { count: 0, bytes: 0, gzip: 0 };
  }
  let count = 0;
  let bytes = 0;
  let gzip = 0;
  for (const tag of TAGS) {
    for (const lang of languages) {
      mkdirSync(join(out, tag, lang), { recursive: true });
      for (const region of regions) {
        const html = oneElement(tag, await renderer.render(tag, { region, lang }));
        const file = join(out, tag, lang, `${region}.html`);
        writeFileSync(file, html);
        count += 1;
        bytes += statSync(file).size;
        gzip += gzipSync(readFileSync(file)).length;
      }
    }
  }
  console.log(
    `wordpress: ${count} prerendered fragments from ${renderer.from}: ` +
      `${(bytes / 1024).toFixed(0)} KB, ${(gzip / 1024).toFixed(0)} KB gzip`,
  );
  return { count, bytes, gzip };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const plugin = join(root, 'wordpress', 'safety-panels');
  const data = JSON.parse(readFileSync(join(plugin, 'data', 'builtin.json'), 'utf8'));
  await prerender({ root, plugin, regions: data.regions, languages: data.languages });
}
