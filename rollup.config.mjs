import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/** zod's sources carry a comment rollup cannot place and a harmless import cycle; say nothing of those. */
function onwarn(warning, warn) {
  const fromZod =
    warning.id?.includes('node_modules/zod') ||
    warning.ids?.some((id) => id.includes('node_modules/zod'));
  if (fromZod && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY'))
    return;
  warn(warning);
}

/**
 * The script-tag bundles: lit, the elements and the default data in one file that registers the elements, as an
 * ES module (with the validator as a lazily loaded chunk) and as a classic script (with everything inside). terser's `module` mode may drop top-level names, so the classic
 * build, which needs `window.SafetyPanels`, is minified without it.
 */
export default {
  input: 'src/bundle.ts',
  // The entry may export more than bundle.ts does (what the validator chunk imports), rather than be a facade.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    resolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
    // The built-in data lives in JSON files under src/data/.
    json({ preferConst: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Lit's html`` and css`` templates keep their indentation unless minified here.
    minifyHTML(),
  ],
  output: [
    {
      // The validator (zod and the schema) becomes a chunk beside the bundle, loaded only for a site manifest.
      dir: 'dist',
      entryFileNames: 'safety-panels.js',
      chunkFileNames: 'safety-panels-[name].js',
      format: 'es',
      plugins: [
        terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
      ],
    },
    {
      // A classic script cannot load chunks: everything in one file.
      file: 'dist/safety-panels.iife.js',
      inlineDynamicImports: true,
      format: 'iife',
      name: 'SafetyPanels',
      plugins: [
        terser({ ecma: 2022, module: false, compress: { passes: 2 }, format: { comments: false } }),
      ],
    },
  ],
  onwarn,
};
