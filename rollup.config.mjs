import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/** The script-tag bundles: everything (lit, zod/mini, the default data) in one file that registers the elements. */
const plugins = [
  resolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

/** zod's sources carry a comment rollup cannot place and a harmless import cycle; say nothing of those. */
function onwarn(warning, warn) {
  const fromZod =
    warning.id?.includes('node_modules/zod') ||
    warning.ids?.some((id) => id.includes('node_modules/zod'));
  if (fromZod && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY'))
    return;
  warn(warning);
}

export default [
  {
    input: 'src/define.ts',
    output: { file: 'dist/safety-panels.js', format: 'es', sourcemap: false },
    plugins,
    onwarn,
  },
  {
    input: 'src/define.ts',
    output: {
      file: 'dist/safety-panels.iife.js',
      format: 'iife',
      name: 'SafetyPanels',
      sourcemap: false,
    },
    plugins,
    onwarn,
  },
];
