import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { builtData } from './scripts/rollup-data.mjs';
import { sharedEsbuildHelpers } from './scripts/rollup-helpers.mjs';
import { notices } from './scripts/third-party.mjs';

/** zod's sources carry a comment rollup cannot place and a harmless import cycle; say nothing of those. */
function onwarn(warning, warn) {
  const fromZod =
    warning.id?.includes('node_modules/zod') ||
    warning.ids?.some((id) => id.includes('node_modules/zod'));
  if (fromZod && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY'))
    return;
  warn(warning);
}

const plugins = (extra = []) => [
  ...extra,
  resolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
  json({ preferConst: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // One copy of esbuild's decorator helpers per bundle, not one per decorated file.
  sharedEsbuildHelpers(),
  // Lit's html`` and css`` templates keep their indentation unless minified here.
  minifyHTML(),
];

const minify = (module) =>
  terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

/**
 * The script-tag bundles, all in dist/ beside each other. Each finds the others' files by absolute address: in the
 * folder a page names with <meta name="safety-panels-base" content="/path/to/dist/">, else beside the script itself
 * (src/manifest/file-base.ts); so a classic script from another origin, or one an optimiser moved, still finds them:
 * - safety-panels.js registers the three elements, in one file. hotline-list.js, report-help.js and
 *   warning-signs.js register one each, for a page that uses one or two; they share a chunk
 *   (safety-panels-shared-*.js). A page uses safety-panels.js or these, not both.
 * - safety-panels.iife.js, the classic script: one file, English inside; it loads the same data files and the
 *   site-manifest loader with import() by absolute address (a classic script from another origin has no base URL
 *   of its own for import()).
 * - safety-panels-site.js: fetching and checking a site's own manifest, with the validator (zod), loaded only by a
 *   page with a `manifest` attribute; self-contained, so both kinds of script can load it.
 * - server.js, the server side for Node (see below).
 * - regions/XX.js and languages/xx.js: a country's services and a language's words and texts (scripts/split-data.mjs).
 * terser's `module` mode may drop top-level names, so the classic build, which needs `window.SafetyPanels`, is
 * minified without it.
 */
export default [
  {
    // The whole thing in one file, Lit's hydration support inside (as in the classic script): a file an optimiser
    // moves or renames still works with the page's safety-panels-base, as it could not if it imported a chunk from
    // beside itself. The per-element files below load the support only on a page a server drew.
    input: 'src/bundle.ts',
    plugins: plugins([builtData()]),
    output: {
      file: 'dist/safety-panels.js',
      inlineDynamicImports: true,
      format: 'es',
      plugins: [minify(true), notices()],
    },
    onwarn,
  },
  {
    // One element each, sharing a chunk between them (use these or safety-panels.js on a page, not both).
    input: {
      'hotline-list': 'src/elements/hotline-list/define.ts',
      // A page of report buttons loads the flow on the first press (define-on-press.ts).
      'report-help': 'src/elements/report-help/define-on-press.ts',
      'warning-signs': 'src/elements/warning-signs/define.ts',
    },
    plugins: plugins([builtData({ emit: false })]),
    output: {
      dir: 'dist',
      entryFileNames: '[name].js',
      chunkFileNames: 'safety-panels-shared-[hash].js',
      format: 'es',
      plugins: [minify(true), notices()],
    },
    onwarn,
  },
  {
    input: 'src/bundle.ts',
    plugins: plugins([builtData({ emit: false })]),
    output: {
      file: 'dist/safety-panels.iife.js',
      format: 'iife',
      // One file: what the module bundles load with import() is inside it.
      inlineDynamicImports: true,
      name: 'SafetyPanels',
      plugins: [minify(false), notices()],
    },
    onwarn,
  },
  {
    // The server side (`safety-panels render`, `renderElement`), for Node: its templates minified exactly as the
    // script's are, since the script takes over a server's render only where the templates are the same. Lit, the
    // SSR packages and zod stay outside, shared with the page's other imports.
    input: 'src/server.ts',
    plugins: [
      json({ preferConst: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      sharedEsbuildHelpers(),
      // server.ts's own template is the outer one, made of the tag and its attributes: nothing to minify.
      minifyHTML({ exclude: ['src/server.ts'] }),
    ],
    external: (id) =>
      /^(node:|lit($|\/)|lit-html|lit-element|@lit\/|@lit-labs\/|zod($|\/))/.test(id),
    output: { file: 'dist/server.js', format: 'es' },
    onwarn,
  },
  {
    input: 'src/manifest/site.ts',
    plugins: plugins(),
    output: {
      file: 'dist/safety-panels-site.js',
      format: 'es',
      plugins: [minify(true), notices()],
    },
    onwarn,
  },
];
