import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
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
 * The script-tag bundles: everything (lit, zod/mini, the default data) in one file that registers the elements,
 * as an ES module and as a classic script. terser's `module` mode may drop top-level names, so the classic
 * build, which needs `window.SafetyPanels`, is minified without it.
 */
export default {
  input: 'src/define.ts',
  plugins: [
    resolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Lit's html`` and css`` templates keep their indentation unless minified here.
    minifyHTML(),
  ],
  output: [
    {
      file: 'dist/safety-panels.js',
      format: 'es',
      plugins: [
        terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
      ],
    },
    {
      file: 'dist/safety-panels.iife.js',
      format: 'iife',
      name: 'SafetyPanels',
      plugins: [
        terser({ ecma: 2022, module: false, compress: { passes: 2 }, format: { comments: false } }),
      ],
    },
  ],
  onwarn,
};
