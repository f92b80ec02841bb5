// Starts the demo server on a port and Debian's Chromium, runs `work(browser, origin)`, and stops both.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

/** Debian's Chromium (or CHROME_PATH), headless, with the flags it needs here. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export async function withServedBrowser(port, work) {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const browser = await launchChromium();
  try {
    return await work(browser, `http://localhost:${port}`);
  } finally {
    await browser.close();
    server.kill();
  }
}
