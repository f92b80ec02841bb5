// Builds the WordPress plugin from dist/ (run by `npm run build`, after rollup and write-data):
// - copies the files a page needs into wordpress/safety-panels/assets/ (the plugin serves them itself);
// - writes wordpress/safety-panels/data/builtin.json: the regions, languages, emergency numbers, the ids a site may
//   hide and the few words of the no-JavaScript fallback, all read from the built-in data;
// - prerenders the fragments (scripts/wordpress-prerender.mjs; skipped with a message until render exists);
// - zips the plugin into dist/safety-panels-wordpress.zip.
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prerender } from './wordpress-prerender.mjs';
import { makeZip } from './zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const plugin = join(root, 'wordpress', 'safety-panels');

/** What a page loads: the bundle, the site-manifest loader, and the data and language files it imports. */
const ASSETS = ['safety-panels-site.js', 'regions', 'sections', 'languages'];

/** A script in dist/ and the chunks it imports, statically or with import(), by their names in dist/. */
function withChunks(name, found = new Set()) {
  if (found.has(name)) return found;
  found.add(name);
  const code = readFileSync(join(dist, name), 'utf8');
  for (const [, chunk] of code.matchAll(/(?:from|import\(?)\s*"\.\/([\w.-]+\.js)"/g))
    withChunks(chunk, found);
  return found;
}

/** The fallback's words, by the elements' own keys, so they read as the panels do. */
const WORDS = [
  'hotline.heading',
  'report.heading',
  'signs.heading.adult',
  'signs.heading.young',
  'emergency.lead',
  'emergency.or',
  'emergency.none',
  'exit.button',
  'exit.note',
  'platform.site',
];

function copyAssets() {
  const assets = join(plugin, 'assets');
  rmSync(assets, { recursive: true, force: true });
  mkdirSync(assets, { recursive: true });
  for (const name of [...withChunks('safety-panels.js'), ...ASSETS])
    cpSync(join(dist, name), join(assets, name), { recursive: true });
}

/**
 * Each region's name in each language, for the settings page's menu (PHP here may lack `intl`): ICU's names
 * through Intl.DisplayNames, the elements' own words for INTL; in each language's alphabetical order.
 */
function namesOfRegions(regions, languages, strings) {
  return Object.fromEntries(
    languages.map((lang) => {
      const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      const named = regions.map((code) => {
        const name = code === 'INTL' ? strings[lang]?.['region.INTL'] : display.of(code);
        if (!name) throw new Error(`no ${lang} name for the region ${code}`);
        return [code, name];
      });
      named.sort(([, a], [, b]) => a.localeCompare(b, lang));
      return [lang, Object.fromEntries(named)];
    }),
  );
}

async function builtinData() {
  const manifest = JSON.parse(readFileSync(join(dist, 'default-manifest.json'), 'utf8'));
  const { allEnglish } = await import(join(dist, 'i18n', 'all-words.js'));
  const translated = JSON.parse(readFileSync(join(root, 'src', 'data', 'strings.json'), 'utf8'));
  const languages = manifest.locales;
  const words = {};
  for (const lang of languages) {
    words[lang] = Object.fromEntries(
      WORDS.map((key) => [key, (lang === 'en' ? allEnglish : translated[lang])[key]]),
    );
    const missing = WORDS.filter((key) => !words[lang][key]);
    if (missing.length) throw new Error(`no ${lang} words for ${missing.join(', ')}`);
  }
  const regions = [
    ...new Set([
      ...manifest.emergency.map((e) => e.region),
      ...manifest.resources.flatMap((r) => r.regions),
    ]),
  ]
    .filter((region) => /^(?:INTL|[A-Z]{2})$/.test(region))
    .sort();
  const emergency = Object.fromEntries(manifest.emergency.map((e) => [e.region, e.numbers]));
  const ids = [
    ...manifest.resources,
    ...manifest.platforms,
    ...manifest.warningSigns.groups,
    ...manifest.guide.steps,
    ...manifest.guide.situations,
    ...manifest.guide.faq,
  ].map((entry) => entry.id);
  const names = Object.fromEntries(
    manifest.resources.map((r) => [r.id, typeof r.name === 'string' ? r.name : r.name.en]),
  );
  const regionNames = namesOfRegions(regions, languages, { en: allEnglish, ...translated });
  const quickExit = readFileSync(join(dist, 'internal', 'quick-exit.js'), 'utf8');
  const exitUrl = quickExit.match(/DEFAULT_EXIT_URL = '([^']+)'/)?.[1];
  if (!exitUrl) throw new Error('no DEFAULT_EXIT_URL in dist/internal/quick-exit.js');
  const data = {
    regions,
    languages,
    emergency,
    exitUrl,
    ids: [...new Set(ids)].sort(),
    names,
    regionNames,
    words,
  };
  mkdirSync(join(plugin, 'data'), { recursive: true });
  writeFileSync(join(plugin, 'data', 'builtin.json'), JSON.stringify(data) + '\n');
  return data;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

function zipPlugin() {
  const files = filesUnder(plugin).map((path) => ({
    name: relative(join(plugin, '..'), path).split('\\').join('/'),
    data: readFileSync(path),
  }));
  const zip = makeZip(files);
  writeFileSync(join(dist, 'safety-panels-wordpress.zip'), zip);
  return { count: files.length, bytes: zip.length };
}

copyAssets();
const data = await builtinData();
// SP_RENDER_ROOT: another checkout whose dist/ has the render API (to try a branch's renderer before it is merged).
const renderRoot = process.env.SP_RENDER_ROOT || root;
await prerender({ root: renderRoot, plugin, regions: data.regions, languages: data.languages });
const { count, bytes } = zipPlugin();
console.log(
  `wrote dist/safety-panels-wordpress.zip: ${count} files, ${(bytes / 1024).toFixed(0)} KB`,
);
