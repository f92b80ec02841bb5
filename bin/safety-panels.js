#!/usr/bin/env node
// The manifest validator: `safety-panels validate <file-or-url>`.
let cli;
try {
  cli = await import('../dist/cli/validate.js');
} catch (error) {
  // Only a missing build is ours to explain; anything else (a dependency not installed) is said as it is.
  const missing =
    error?.code === 'ERR_MODULE_NOT_FOUND' &&
    String(error.message).includes('dist/cli/validate.js');
  console.error(
    missing
      ? 'safety-panels: run `npm run build` first (dist/cli/validate.js is missing).'
      : `safety-panels: could not start: ${error?.message ?? error}`,
  );
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
