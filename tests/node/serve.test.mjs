// `npm start`'s server (scripts/serve.mjs): it says where it serves, on the port PORT names, and a busy port gets one
// line, not a stack trace. Each server here is started by the test, on a free port, and stopped by its process id.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { test } from 'node:test';

const script = new URL('../../scripts/serve.mjs', import.meta.url).pathname;

function serve(port) {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (output.stdout += chunk));
  child.stderr.on('data', (chunk) => (output.stderr += chunk));
  return { child, output };
}

test('it says where it serves, on the port PORT names, and serves the demo there', async () => {
  const { child, output } = serve(0);
  try {
    while (!output.stdout.includes('\n')) await once(child.stdout, 'data');
    const url = /http:\/\/127\.0\.0\.1:(\d+)\/demo\//.exec(output.stdout)?.[0];
    assert.ok(url, `no address in: ${output.stdout}`);
    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<html/i);
  } finally {
    child.kill();
  }
});

test('a busy port gets one line saying so, and the exit code 1', async () => {
  const blocker = createServer();
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address();
  try {
    const { child, output } = serve(port);
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.equal(output.stdout, '');
    const lines = output.stderr.trim().split('\n');
    assert.equal(lines.length, 1, output.stderr);
    assert.match(lines[0], new RegExp(`port ${port} is in use.*PORT=`));
  } finally {
    blocker.close();
  }
});

test('the README says how to choose the port', async () => {
  const { readFileSync } = await import('node:fs');
  assert.match(
    readFileSync(new URL('../../README.md', import.meta.url), 'utf8'),
    /PORT=\d+ npm start/,
  );
});
