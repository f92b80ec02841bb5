#!/usr/bin/env node
// `safety-panels validate <file-or-url>` checks a manifest; `safety-panels render <tag> …` prints an element's HTML.
const command = process.argv[2] === 'render' ? 'render' : 'validate';
const file = `dist/cli/${command}.js`;
let cli;
try {
  cli = await import(`../${file}`);
} catch (error) {
  // Only a missing build is ours to explain; anything else (a dependency not installed) is said as it is.
  const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(file);
  console.error(
    missing
      ? `safety-panels: run \`npm run build\` first (${file} is missing).`
      : `safety-panels: could not start: ${error?.message ?? error}`,
  );
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
