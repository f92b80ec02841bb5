// Starts the demo server on a port and Debian's Chromium, runs `work(browser, origin)`, and stops both.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

/** Flags Chromium needs here: no sandbox as root, and no background connections (the network is closed). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium (or CHROME_PATH), headless, with those flags. */
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
