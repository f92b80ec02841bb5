#!/usr/bin/env node
// The manifest validator: `safety-panels validate <file-or-url>`.
let cli;
try {
  cli = await import('../dist/cli/validate.js');
} catch {
  console.error('safety-panels: run `npm run build` first (dist/cli/validate.js is missing).');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
