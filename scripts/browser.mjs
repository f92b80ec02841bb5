// Starts the demo server on a port and Debian's Chromium, runs `work(browser, origin)`, and stops both.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

export async function withServedBrowser(port, work) {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  });
  try {
    return await work(browser, `http://localhost:${port}`);
  } finally {
    await browser.close();
    server.kill();
  }
}
