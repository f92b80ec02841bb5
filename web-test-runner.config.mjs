import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS } from './scripts/chromium-args.mjs';

/** Tests run the TypeScript sources in Debian's Chromium; tests/bundle.test.ts loads the built dist/ file. */
export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // A Chromium target rather than esnext: esbuild then lowers the standard decorators (`@property() accessor`),
  // which no browser runs natively yet, and keeps the `with { type: 'json' }` import attributes (Chrome 123+), so
  // Chromium loads src/data/*.json natively. The plugin passes no esbuild `supported` option, so the target says it.
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'chrome123' })],
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // Generous bounds, not timing promises: a loaded 2-core machine must not fail a test for being slow (issue 20).
  // How fast things are is measured by `npm run bench`.
  testFramework: { config: { timeout: 60_000 } },
  testsStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en-US">
      <head><link rel="icon" href="data:,"><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
