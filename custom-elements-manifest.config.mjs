import { posix } from 'node:path';

/** `src/x/y.ts` or `/src/x/y.js` (how the analyzer names sources and references) → `dist/x/y.js`, what ships. */
function shipped(path) {
  const match = /^\/?src\/(.+)\.(?:ts|js)$/.exec(path);
  return match ? `dist/${match[1]}.js` : path;
}

/**
 * Rewrites every `path` and `module` under one module (its exports, superclasses, inheritedFrom). A re-export
 * (`export * from './x.js'`) is named relative to the module that makes it: resolve it from the package root.
 */
function rewritePaths(node, from) {
  if (Array.isArray(node)) {
    node.forEach((child) => rewritePaths(child, from));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        node[key] = shipped(value.startsWith('.') ? posix.join(posix.dirname(from), value) : value);
      } else {
        rewritePaths(value, from);
      }
    }
  }
}

/**
 * Lit's `static properties` with `state: true` are internal, but the analyzer lists them as attributes; and it
 * reads the base element's generic `emit(name)` as an event called "name". Drop both, and keep private and
 * protected members out of the public API (members marked `@internal` the analyzer already leaves out). Then
 * point every path at the shipped `dist/*.js` file rather than the unshipped `src/*.ts`.
 */
const tidy = {
  name: 'safety-panels-tidy',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const hidden = (member) =>
          member.privacy === 'private' ||
          member.privacy === 'protected' ||
          member.name.startsWith('#') ||
          member.name.startsWith('_');
        const internal = new Set((declaration.members ?? []).filter(hidden).map((m) => m.name));
        if (declaration.members) {
          declaration.members = declaration.members.filter((member) => !hidden(member));
        }
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter(
            (attribute) => !internal.has(attribute.fieldName),
          );
        }
        if (declaration.events) {
          declaration.events = declaration.events.filter((event) => event.name !== 'name');
        }
      }
    }
    for (const module of customElementsManifest.modules) rewritePaths(module, module.path);
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/data/source-built.ts', 'src/data/built.d.ts'],
  litelement: true,
  plugins: [tidy],
};
