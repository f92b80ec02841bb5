// `npm run docs`: the documentation site, written into site/ (gitignored) from what the build made
// (custom-elements.json, dist/manifest.schema.json, dist/default-manifest.json, the English words in dist/i18n/)
// and the Markdown in README.md and docs/. `npm start` serves it at /; the live examples load /dist/.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { elementBody, elementsIn } from './elements.mjs';
import { code, escape, markdown, page, section, STYLES, table } from './render.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(read(path));
const exists = (path) => existsSync(new URL(path, root));

const elements = elementsIn(json('custom-elements.json'));
const schema = json('dist/manifest.schema.json');
const defaults = json('dist/default-manifest.json');
const { allEnglish } = await import(new URL('dist/i18n/all-words.js', root));
const readme = read('README.md');

// Optional pages: written by other work, kept when their file is there at build time.
const frameworks = exists('docs/frameworks.md') ? read('docs/frameworks.md') : undefined;
const wordpressReadme = ['wordpress/safety-panels/readme.txt', 'wordpress/README.md'].find(exists);
/** A WordPress readme.txt (`=== Name ===`, `== Section ==`, `= Sub =`) as Markdown; Markdown as it is. */
const wordpressMarkdown = (text) =>
  text.replace(
    /^(=+) (.+?) =+$/gm,
    (_, marks, title) => `${'#'.repeat(4 - marks.length)} ${title}`,
  );

/** Markdown files the site holds a page for: a link to one of them becomes a link to its page. */
const pages = {
  'manifest.md': 'manifest.html',
  'warning-signs.md': 'warning-signs.html',
  'report-help.md': 'report-help.html',
  'hotline-list.md': 'hotline-list.html',
  ...(frameworks && { 'frameworks.md': 'frameworks.html' }),
};
const md = (source, shift) => markdown(source, { shift, pages });

/** Each field of the JSON Schema with its path, type and description, nested objects and lists followed. */
function schemaRows(node, path, rows, seen = new Set()) {
  const resolved = node?.$ref ? resolveRef(node.$ref) : node;
  if (!resolved || seen.has(resolved)) return rows;
  seen = new Set(seen).add(resolved);
  for (const [name, field] of Object.entries(resolved.properties ?? {})) {
    const here = path ? `${path}.${name}` : name;
    const target = field.$ref ? resolveRef(field.$ref) : field;
    const required = (resolved.required ?? []).includes(name);
    rows.push([
      code(here),
      escape(typeName(target)),
      required ? 'yes' : '',
      escape(field.description ?? target.description ?? ''),
    ]);
    schemaRows(target, here, rows, seen);
    if (target.items) schemaRows(target.items, `${here}[]`, rows, seen);
  }
  return rows;
}
function resolveRef(ref) {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node, key) => node?.[key], schema);
}
function typeName(node) {
  if (node.type) return [node.type].flat().join(' or ');
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(', ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.anyOf || node.oneOf) return 'one of several shapes';
  return '';
}

/** Every id in the built-in manifest a site can name in `hide`, by the list it comes from. */
function hideRows() {
  const lists = {
    resources: defaults.resources,
    platforms: defaults.platforms,
    'warning sign groups': defaults.warningSigns?.groups,
    'report guide steps': defaults.guide?.steps,
    situations: defaults.guide?.situations,
    'questions (FAQ)': defaults.guide?.faq,
  };
  return Object.entries(lists).flatMap(([list, items]) =>
    (items ?? []).map((item) => [code(item.id), escape(list), escape(nameOf(item))]),
  );
}
function nameOf(item) {
  const name = item.name ?? item.title ?? item.heading ?? item.label ?? item.question ?? '';
  return typeof name === 'string' ? name : (name.en ?? Object.values(name)[0] ?? '');
}

const builtPages = [
  {
    file: 'index.html',
    title: 'safety-panels',
    body: `${md(readme.split('\n## ')[0].replace(/^# .*\n/, ''), 0)}
<h2>In this documentation</h2>
<ul>
${elements.map((e) => `<li><a href="${e.tagName}.html">${code(`<${e.tagName}>`)}</a>: ${escape(e.summary ?? '')}</li>`).join('\n')}
<li><a href="manifest.html">The manifest format</a> and <a href="hide.html">the ids a site can hide</a></li>
<li><a href="strings.html">The words a site can change</a></li>
<li><a href="theming.html">Theming</a>, <a href="csp.html">content security policy</a> and <a href="quick-exit.html">the quick exit</a></li>
${frameworks ? '<li><a href="frameworks.html">React, Vue, Svelte and Angular</a></li>' : ''}
${wordpressReadme ? '<li><a href="wordpress.html">The WordPress plugin</a></li>' : ''}
</ul>
<h2>Set up</h2>
${md(section(readme, 'Set up'), 0)}
<h2>Use it on a page</h2>
${md(section(readme, 'Use it on a page'), 0)}`,
  },
  ...elements.map((element) => {
    const file = `docs/${element.tagName}.md`;
    const more = exists(file) ? md(read(file).replace(/^# .*\n/, ''), 1) : '';
    const attributes = `\`<${element.tagName}>\` attributes`;
    return {
      file: `${element.tagName}.html`,
      title: `<${element.tagName}>`,
      scripts: '<script type="module" src="/dist/safety-panels.js"></script>',
      body: `${elementBody(element)}
<h2>More about ${code(`<${element.tagName}>`)}</h2>
${readme.includes(`## ${attributes}`) ? md(section(readme, attributes), 0) : ''}
${more}`,
    };
  }),
  {
    file: 'manifest.html',
    title: 'The manifest format',
    body: `${md(read('docs/manifest.md').replace(/^# .*\n/, ''), 0)}
<h2>Every field, from the JSON Schema</h2>
<p>${escape(schema.description ?? '')}</p>
<p>Write manifests against <a href="/dist/manifest.schema.json">the JSON Schema</a>${schema.$id ? ` (${code(schema.$id)})` : ''}.</p>
${table('Manifest fields', ['field', 'type', 'required', 'meaning'], schemaRows(schema, '', []))}`,
  },
  {
    file: 'hide.html',
    title: 'Built-in ids a site can hide',
    body: `<p>Name any of these in the manifest's ${code('hide')} list (with ${code('"extends": "default"')}) to leave it out. They come from <a href="/dist/default-manifest.json">the built-in manifest</a>.</p>
${table('Built-in ids', ['id', 'list', 'name'], hideRows())}`,
  },
  {
    file: 'strings.html',
    title: 'Words a site can change',
    body: `<p>The manifest's ${code('strings')} object overrides the elements' own words, one key at a time: ${code('{ "strings": { "en": { "key": "text" } } }')}. Keep the ${code('{placeholders}')}. These are the keys, with the English words.</p>
${table(
  'String keys',
  ['key', 'English'],
  Object.entries(allEnglish).map(([key, value]) => [code(key), escape(value)]),
)}`,
  },
  {
    file: 'theming.html',
    title: 'Theming',
    body: `${md(section(readme, 'Fit the host page'), -1)}
<h2>Custom properties by element</h2>
${elements.map((e) => `<p><a href="${e.tagName}.html#css-custom-properties">${code(`<${e.tagName}>`)}</a>: ${(e.cssProperties ?? []).map((p) => code(p.name)).join(', ')}</p>`).join('\n')}`,
  },
  {
    file: 'csp.html',
    title: 'Content security policy',
    body: md(section(readme, 'Content security policy'), -1),
  },
  {
    // The recipe for any CMS or server: the help in the page before the script arrives, and without it.
    file: 'server.html',
    title: 'Render on a server (any CMS)',
    body: md(section(readme, 'Render on a server'), 0),
  },
  {
    file: 'facts.html',
    title: 'Where the facts come from',
    body: md(section(readme, 'Where the facts come from'), 0),
  },
  {
    file: 'quick-exit.html',
    title: 'The quick exit',
    body: `${md(section(readme, 'Quick exit (every element)'), -1)}
<h2>In the report flow</h2>
${md(section(read('docs/report-help.md'), 'Quick exit'), 0)}`,
  },
  ...(frameworks
    ? [
        {
          file: 'frameworks.html',
          title: 'Frameworks',
          body: md(frameworks.replace(/^# .*\n/, ''), 0),
        },
      ]
    : []),
  ...(wordpressReadme
    ? [
        {
          file: 'wordpress.html',
          title: 'WordPress',
          body: md(wordpressMarkdown(read(wordpressReadme)).replace(/^# .*\n/, ''), 0),
        },
      ]
    : []),
];

const site = new URL('site/', root);
rmSync(site, { recursive: true, force: true });
mkdirSync(site);
writeFileSync(new URL('site.css', site), STYLES);
const nav = builtPages.map(({ file, title }) => ({ file, title }));
for (const item of builtPages) writeFileSync(new URL(item.file, site), page({ ...item, nav }));
console.log(`docs: ${builtPages.length} pages in site/`);
