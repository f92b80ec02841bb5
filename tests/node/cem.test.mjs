// custom-elements.json is what editors, Storybook and docs tools read: it must point at files that ship, list
// every part and token the elements render, keep internals out of the public API, and agree with the README.
// Needs `npm run build` first (it writes dist/ and custom-elements.json).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(new URL('../..', import.meta.url).pathname);
const read = (path) => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const elements = declarations.filter((declaration) => declaration.tagName);
const TAGS = ['hotline-list', 'report-help', 'warning-signs'];

/** Every `path` and `module` string anywhere in the manifest. */
function modulePaths(node, found = []) {
  if (Array.isArray(node)) node.forEach((child) => modulePaths(child, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') found.push(value);
      else modulePaths(value, found);
    }
  }
  return found;
}

/** The source files an element draws from: its own file, and what it and the base element import for values. */
function renderedFiles(tag) {
  const own = `src/elements/${tag}/${tag}.ts`;
  const files = new Set([own, 'src/internal/base.ts']);
  for (const file of [own, 'src/internal/base.ts']) {
    for (const [, specifier] of read(file).matchAll(
      /^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm,
    )) {
      files.add(relative(root, resolve(root, dirname(file), specifier)).replace(/\.js$/, '.ts'));
    }
  }
  return [...files];
}

/** Parts named in templates: `part="a b"`, never in comments (the JSDoc headers say `@csspart`, not `part=`). */
function partsIn(files) {
  const parts = new Set();
  for (const file of files) {
    for (const [, value] of read(file).matchAll(/\bpart="([^"$]+)"/g)) {
      for (const part of value.split(/\s+/)) parts.add(part);
    }
  }
  return parts;
}

/** Public tokens read by the styles: `var(--sp-…`. */
function tokensIn(files) {
  const tokens = new Set();
  for (const file of files) {
    for (const [, token] of read(file).matchAll(/var\((--sp-[\w-]+)/g)) tokens.add(token);
  }
  return tokens;
}

const sorted = (items) => [...items].sort();

test('the three elements are described', () => {
  assert.deepEqual(sorted(elements.map((element) => element.tagName)), TAGS);
});

test('every module path names a shipped file under dist/ that the build wrote', () => {
  const paths = modulePaths(manifest.modules);
  assert.ok(paths.length > 20, `only ${paths.length} paths found`);
  for (const path of paths) {
    assert.match(path, /^dist\/.+\.js$/, `${path} is not a shipped dist/*.js file`);
    assert.ok(existsSync(join(root, path)), `${path} does not exist after the build`);
  }
});

for (const tag of TAGS) {
  const element = () => elements.find((declaration) => declaration.tagName === tag);

  test(`<${tag}> lists exactly the parts its templates render`, () => {
    const rendered = partsIn(renderedFiles(tag));
    assert.ok(rendered.has('panel') && rendered.has('item'), 'the part scan found nothing');
    const listed = new Set((element().cssParts ?? []).map((part) => part.name));
    const missing = sorted([...rendered].filter((part) => !listed.has(part)));
    const stale = sorted([...listed].filter((part) => !rendered.has(part)));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] });
  });

  test(`<${tag}> lists exactly the --sp-* properties its styles read`, () => {
    // Every element may offer the quick exit, whose page-level control is styled by exit-control.ts.
    const read = tokensIn([...renderedFiles(tag), 'src/internal/exit-control.ts']);
    assert.ok(read.has('--sp-color-text'), 'the token scan found nothing');
    const listed = new Set((element().cssProperties ?? []).map((property) => property.name));
    const missing = sorted([...read].filter((token) => !listed.has(token)));
    const stale = sorted([...listed].filter((token) => !read.has(token)));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] });
  });

  test(`<${tag}> gives every event a detail type`, () => {
    assert.ok(element().events.length > 0);
    for (const event of element().events) {
      assert.match(event.type?.text ?? '', /^CustomEvent<.+>$/, `${event.name} has no detail type`);
    }
  });
}

test('no internal, private or protected member is public API', () => {
  // Names the sources mark `@internal` at the end of a member's doc comment.
  const internal = new Set();
  for (const file of [
    'src/internal/base.ts',
    ...TAGS.map((tag) => `src/elements/${tag}/${tag}.ts`),
  ]) {
    for (const [, name] of read(file).matchAll(
      /@internal\s*\*\/\s*(?:override\s+)?(?:get\s+|set\s+|async\s+)?([#\w]+)/g,
    )) {
      internal.add(name);
    }
  }
  assert.ok(internal.has('wipe') && internal.has('emit'), 'the @internal scan found nothing');
  const base = declarations.find((declaration) => declaration.name === 'SafetyPanelElement');
  for (const declaration of [...elements, base]) {
    for (const member of declaration.members ?? []) {
      const where = `${declaration.name}.${member.name}`;
      assert.ok(!/^[#_]/.test(member.name), `${where} is private by name`);
      assert.ok(!member.privacy || member.privacy === 'public', `${where} is ${member.privacy}`);
      assert.ok(!internal.has(member.name), `${where} is marked @internal`);
      assert.ok(!/@internal/.test(member.description ?? ''), `${where} is marked @internal`);
    }
  }
});

/** The README section `## \`<tag>\` …`, up to the next `## `. */
function readmeSection(tag) {
  const readme = read('README.md');
  const start = readme.indexOf(`## \`<${tag}>\``);
  assert.ok(start >= 0, `README has no section for <${tag}>`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

for (const tag of TAGS) {
  const element = () => elements.find((declaration) => declaration.tagName === tag);

  test(`the README's <${tag}> attribute table and parts match custom-elements.json`, () => {
    const section = readmeSection(tag);
    const attributes = new Set();
    for (const [, cell] of section.matchAll(/^\| ([^|]*`[^|]*)\|/gm)) {
      for (const [, name] of cell.matchAll(/`([\w-]+)(?:=[^`]*)?`/g)) attributes.add(name);
    }
    // `lang` is the global HTML attribute, which the elements read; it is not theirs to declare.
    attributes.delete('lang');
    const declared = (element().attributes ?? []).map((attribute) => attribute.name);
    assert.deepEqual(sorted(attributes), sorted(declared));

    const partsLine = /^Parts: (.+?)\.$/ms.exec(section);
    assert.ok(partsLine, `README's <${tag}> section has no "Parts: …." line`);
    const parts = [...partsLine[1].matchAll(/`([\w-]+)`/g)].map((match) => match[1]);
    assert.deepEqual(sorted(parts), sorted(element().cssParts.map((part) => part.name)));
  });
}
