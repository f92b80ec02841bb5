// A real WordPress on loopback for `npm run test:wordpress`, from Debian's packages (see TOOLCHAIN.md): a private
// MariaDB in a temporary folder, a copy of /usr/share/wordpress with its own wp-config.php, the plugin installed
// from its zip, and PHP's own server. Everything it starts is stopped by `stop()`, by process id.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readZip } from '../../scripts/zip.mjs';

const WORDPRESS = '/usr/share/wordpress';
const PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql'];

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function missing() {
  const lacks = ['mariadbd', 'mariadb-install-db', 'mariadb', 'php'].filter((c) => !has(c));
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) lacks.push(WORDPRESS);
  if (has('php') && !execFileSync('php', ['-m'], { encoding: 'utf8' }).includes('mysqli'))
    lacks.push('php-mysql');
  return lacks;
}

/** Debian's packages, installed only when something is missing and we are root (as in CI). */
export function ensurePackages() {
  let lacks = missing();
  if (!lacks.length) return;
  if (process.getuid?.() !== 0)
    throw new Error(
      `missing ${lacks.join(', ')}: run as root \`apt-get install -y ${PACKAGES.join(' ')}\``,
    );
  console.log(`# installing ${PACKAGES.join(' ')} (missing: ${lacks.join(', ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { stdio: 'ignore', env });
  lacks = missing();
  if (lacks.length) throw new Error(`still missing after apt-get: ${lacks.join(', ')}`);
}

function portFree(port) {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** SP_WP_PORT, else the first free of 8120–8129, else any free port. */
async function choosePort() {
  const wanted = process.env.SP_WP_PORT ? [Number(process.env.SP_WP_PORT)] : [];
  for (const port of [...wanted, ...Array.from({ length: 10 }, (_, i) => 8120 + i)])
    if (await portFree(port)) return port;
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, check, seconds = 60) {
  for (let waited = 0; waited < seconds * 10; waited++) {
    if (await check()) return;
    await wait(100);
  }
  throw new Error(`${what} did not start within ${seconds} s`);
}

function php(value) {
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Starts MariaDB and PHP, installs WordPress and the plugin from `zip`, runs `setup` (PHP code run after
 * wp_install(), which may echo one line `SETUP:{json}`) and returns { origin, admin, setup, stop, log }.
 */
export async function startWordPress({ zip, setup = '', fixtures = {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'safety-panels-wp-'));
  const log = join(dir, 'server.log');
  const out = openSync(log, 'a');
  const children = [];
  const start = (command, args, options = {}) => {
    const child = spawn(command, args, { stdio: ['ignore', out, out], ...options });
    children.push(child);
    return child;
  };
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      if ((await Promise.race([gone.then(() => true), wait(10_000).then(() => false)])) === false)
        child.kill('SIGKILL');
    }
    if (!process.env.SP_WP_KEEP) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const data = join(dir, 'mysql');
    const socket = join(dir, 'mysql.sock');
    const root = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${data}`, ...root, '--skip-test-db'],
      {
        stdio: ['ignore', out, out],
      },
    );
    // No network, a socket in a temporary folder, and no grant tables: nothing but this test can reach it.
    start('mariadbd', [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mysql.pid')}`,
      '--skip-networking',
      '--skip-grant-tables',
      ...root,
    ]);
    const sql = (query) =>
      spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', query], {
        stdio: 'ignore',
      }).status === 0;
    await until(
      'MariaDB',
      () => existsSync(socket) && sql('CREATE DATABASE IF NOT EXISTS wordpress'),
    );

    const port = await choosePort();
    const origin = `http://127.0.0.1:${port}`;
    const site = join(dir, 'wordpress');
    cpSync(WORDPRESS, site, {
      recursive: true,
      dereference: true,
      filter: (path) =>
        !path.startsWith(join(WORDPRESS, 'wp-content', 'languages')) && !path.endsWith('.htaccess'),
    });
    const keys = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
      .flatMap((k) => [`${k}_KEY`, `${k}_SALT`])
      .map((k) => `define('${k}', '${randomBytes(24).toString('hex')}');`)
      .join('\n');
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress'); define('DB_USER', 'root'); define('DB_PASSWORD', '');
define('DB_HOST', ${php(`localhost:${socket}`)}); define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
${keys}
$table_prefix = 'wp_';
define('WP_HOME', ${php(origin)}); define('WP_SITEURL', ${php(origin)});
define('FS_METHOD', 'direct'); define('DISABLE_WP_CRON', true); define('WP_HTTP_BLOCK_EXTERNAL', true); define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', ${php(join(dir, 'debug.log'))});
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    const plugins = join(site, 'wp-content', 'plugins');
    for (const { name, data: bytes } of readZip(readFileSync(zip))) {
      mkdirSync(dirname(join(plugins, name)), { recursive: true });
      writeFileSync(join(plugins, name), bytes);
    }
    for (const [name, text] of Object.entries(fixtures)) {
      mkdirSync(dirname(join(plugins, name)), { recursive: true });
      writeFileSync(join(plugins, name), text);
    }
    const admin = { user: 'admin', password: randomBytes(12).toString('hex') };
    writeFileSync(
      join(site, 'test-install.php'),
      `<?php
$_SERVER['HTTP_HOST'] = ${php(`127.0.0.1:${port}`)}; $_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install('Lakeside School', ${php(admin.user)}, 'admin@example.invalid', false, '', ${php(admin.password)});
$activated = activate_plugin('safety-panels/safety-panels.php');
if (is_wp_error($activated)) { fwrite(STDERR, $activated->get_error_message()); exit(1); }
${setup}
`,
    );
    const installed = spawnSync('php', [join(site, 'test-install.php')], { encoding: 'utf8' });
    if (installed.status !== 0) throw new Error(`installing WordPress failed: ${installed.stderr}`);
    const setupOutput = installed.stdout.match(/^SETUP:(.*)$/m)?.[1] ?? '{}';
    rmSync(join(site, 'test-install.php'));

    // One process (no PHP_CLI_SERVER_WORKERS: its workers outlive their parent).
    const env = { ...process.env };
    delete env.PHP_CLI_SERVER_WORKERS;
    start('php', ['-S', `127.0.0.1:${port}`, '-t', site], { env });
    await until('php -S', async () => {
      try {
        return (await fetch(`${origin}/wp-login.php`)).ok;
      } catch {
        return false;
      }
    });
    /** Runs PHP with WordPress loaded (as an administrator), and returns what it prints. */
    const runPhp = (code) => {
      const file = join(site, `test-${randomBytes(6).toString('hex')}.php`);
      writeFileSync(
        file,
        `<?php\n$_SERVER['HTTP_HOST'] = ${php(`127.0.0.1:${port}`)}; $_SERVER['REQUEST_URI'] = '/';\n` +
          `require __DIR__ . '/wp-load.php';\nwp_set_current_user(1);\n${code}\n`,
      );
      try {
        return execFileSync('php', [file], { encoding: 'utf8' });
      } finally {
        rmSync(file);
      }
    };
    return { origin, admin, setup: JSON.parse(setupOutput), stop, log, dir, runPhp, plugins };
  } catch (error) {
    await stop();
    throw error;
  }
}
