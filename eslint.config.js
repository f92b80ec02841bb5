import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'custom-elements.json',
      'docs/screenshots/',
      'bench/out/',
      'wordpress/safety-panels/assets/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Lists styled with list-style: none lose their list semantics in Safari unless role="list" is given.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'lit-a11y/click-events-have-key-events': 'off' },
  },
);
