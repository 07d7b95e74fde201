// Browser test of the example app (examples/app) in headless Debian Chromium,
// driven by playwright-core (which downloads no browser of its own).
//
//   node tests/web/browser_test.mjs [--ext PATH]
//
// Starts the app under PHP's built-in server and a second "other origin" server
// (both on 127.0.0.1, random free ports), signs in, posts forms, checks that a
// flash shows once, and that a form auto-submitted from the other origin is
// rejected with 403. Saves screenshots to tests/web/artifacts/.
// Closes with `browser: N passed, M failed`; exits non-zero on any failure.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const appDir = path.join(root, 'examples', 'app');
const artifacts = path.join(here, 'artifacts');
const argExt = process.argv.indexOf('--ext');
const ext = path.resolve(argExt > 0 ? process.argv[argExt + 1] : path.join(root, 'target', 'release', 'libaura_session.so'));
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const OVERALL_TIMEOUT_MS = 180_000;
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const tmp = mkdtempSync(path.join(os.tmpdir(), 'aura-web-browser-'));
const sessionDir = path.join(tmp, 'sessions');
const phpErrorLog = path.join(tmp, 'php-errors.log');
mkdirSync(sessionDir);
mkdirSync(artifacts, { recursive: true });
rmSync(path.join(artifacts, 'failure.png'), { force: true });

let php = null;
let otherOrigin = null;
let context = null;
let cleaned = false;

async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  if (context) await context.close().catch(() => {});
  if (otherOrigin) otherOrigin.close();
  if (php && php.exitCode === null) {
    try { process.kill(-php.pid, 'SIGTERM'); } catch { /* gone */ }
    await new Promise((resolve) => {
      const t = setTimeout(() => { try { process.kill(-php.pid, 'SIGKILL'); } catch { /* gone */ } resolve(); }, 3000);
      php.once('exit', () => { clearTimeout(t); resolve(); });
    });
  }
  if (!process.env.WEB_TEST_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => { console.log(`browser: stopped by ${sig}`); await cleanup(); process.exit(1); });
}
const watchdog = setTimeout(async () => {
  console.log(`FAIL the browser test ran longer than ${OVERALL_TIMEOUT_MS / 1000}s`);
  console.log('browser: 0 passed, 1 failed');
  await cleanup();
  process.exit(1);
}, OVERALL_TIMEOUT_MS);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function waitForPort(port, proc, ms = 20_000) {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (proc.exitCode !== null) return reject(new Error(`php -S exited with ${proc.exitCode}`));
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => { sock.destroy(); resolve(); });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

// The conf.d of PHP's CLI without any installed aura_session ini, so the
// extension under test is the one given with -d extension=... .
function scanDirWithoutExtension() {
  const info = execFileSync('php', ['-i'], { encoding: 'utf8' });
  const m = info.match(/^Scan this dir for additional \.ini files => (.*)$/m);
  const dir = path.join(tmp, 'conf.d');
  mkdirSync(dir);
  if (m && existsSync(m[1].trim())) {
    for (const f of readdirSync(m[1].trim())) {
      if (f.endsWith('.ini') && !f.includes('aura_session')) symlinkSync(path.join(m[1].trim(), f), path.join(dir, f));
    }
  }
  return dir;
}

async function startApp() {
  const env = { ...process.env, PHP_INI_SCAN_DIR: scanDirWithoutExtension() };
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    php = spawn('php', [
      '-d', `extension=${ext}`, '-d', `session.save_path=${sessionDir}`,
      '-d', 'display_errors=0', '-d', 'log_errors=1', '-d', 'error_reporting=-1', '-d', `error_log=${phpErrorLog}`,
      '-S', `127.0.0.1:${port}`, '-t', appDir, path.join(appDir, 'index.php'),
    ], { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    php.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
    try {
      await waitForPort(port, php);
      return `http://127.0.0.1:${port}`;
    } catch (err) {
      if (attempt === 2) throw new Error(`${err.message}\n${stderr}`);
    }
  }
}

// A page on another origin that posts a form to the app as soon as it loads.
async function startOtherOrigin(appUrl) {
  const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Win a prize</title></head>
<body>
<h1>Congratulations!</h1>
<form id="attack" method="post" action="${appUrl}/note">
  <input type="hidden" name="__csrf_value" value="${'0'.repeat(128)}">
  <input type="hidden" name="note" value="pwned by another site">
</form>
<script>document.getElementById('attack').submit();</script>
</body></html>`;
  otherOrigin = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise((resolve) => otherOrigin.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${otherOrigin.address().port}`;
}

// ---- checks -------------------------------------------------------------------

let passed = 0;
let failed = 0;

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

async function flashText(page) {
  const flash = page.locator('#flash');
  return (await flash.count()) ? (await flash.innerText()).trim() : null;
}

async function main() {
  if (!existsSync(ext)) throw new Error(`extension not found: ${ext} (build it with cargo build --release)`);
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} not found (run scripts/setup-web.sh)`);

  const app = await startApp();
  const other = await startOtherOrigin(app);
  console.log(`   app at ${app}, other origin at ${other}`);

  const userDataDir = path.join(tmp, 'chromium-profile');
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 900, height: 760 },
    timeout: 60_000,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] || await context.newPage();

  const steps = [
    ['a first visit reads without starting a session', async () => {
      const resp = await page.goto(`${app}/`);
      assert(resp.status() === 200, `status ${resp.status()}`);
      assert((await resp.headerValue('set-cookie')) === null, 'the read-only page set a cookie');
      assert(await page.getByText('You are not signed in').isVisible(), 'no signed-out notice');
      assert((await context.cookies()).length === 0, 'the browser holds a cookie');
    }],
    ['signing in shows the welcome flash', async () => {
      await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
      await page.getByLabel('User name').fill('demo');
      await page.getByLabel('Password').fill('demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${app}/account`);
      assert((await flashText(page)) === 'Welcome, demo. You are signed in.', `flash: ${await flashText(page)}`);
      const cookies = await context.cookies();
      const sc = cookies.find((c) => c.name === 'AURA_APP');
      assert(sc && sc.httpOnly && sc.sameSite === 'Lax' && sc.path === '/', `cookie: ${JSON.stringify(cookies)}`);
    }],
    ['saving a note shows "Note saved." once', async () => {
      await page.getByLabel('New note').fill('Remember the milk');
      await page.getByRole('button', { name: 'Save note' }).click();
      await page.waitForLoadState();
      assert(page.url() === `${app}/account`, `at ${page.url()}`);
      assert((await flashText(page)) === 'Note saved.', `flash: ${await flashText(page)}`);
      assert((await page.locator('#note').innerText()) === 'Remember the milk', 'note not shown');
      await page.screenshot({ path: path.join(artifacts, 'flash.png'), fullPage: true });
    }],
    ['after a reload the flash is gone and the note stays', async () => {
      await page.reload();
      assert((await flashText(page)) === null, `flash still there: ${await flashText(page)}`);
      assert((await page.locator('#note').innerText()) === 'Remember the milk', 'note lost');
    }],
    ['the counter form works and its flash shows once', async () => {
      await page.getByRole('button', { name: 'Add one' }).click();
      await page.waitForLoadState();
      assert((await flashText(page)) === 'Counter is now 1.', `flash: ${await flashText(page)}`);
      assert((await page.locator('#counter').innerText()) === '1', 'counter not 1');
      await page.goto(`${app}/`);
      assert((await flashText(page)) === null, 'flash shown twice');
      assert((await page.locator('#counter').innerText()) === '1', 'overview counter not 1');
    }],
    ['a form auto-posted from another origin is rejected with 403', async () => {
      const posted = page.waitForResponse((r) => r.url() === `${app}/note` && r.request().method() === 'POST');
      await page.goto(`${other}/`);
      const resp = await posted;
      const origin = await resp.request().headerValue('origin');
      assert(origin === other, `the POST came from ${origin}, not from ${other}`);
      assert(resp.status() === 403, `status ${resp.status()}`);
      await page.waitForURL(`${app}/note`);
      assert(await page.getByRole('heading', { name: 'Request rejected' }).isVisible(), 'no rejection page');
      await page.screenshot({ path: path.join(artifacts, 'cross-origin-403.png'), fullPage: true });
    }],
    ['the rejected post changed nothing', async () => {
      await page.goto(`${app}/account`);
      assert((await page.locator('#note').innerText()) === 'Remember the milk', 'the note was changed');
      assert((await page.locator('#counter').innerText()) === '1', 'the counter was changed');
      assert((await flashText(page)) === null, `unexpected flash: ${await flashText(page)}`);
    }],
    ['signing out deletes the session cookie', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(`${app}/?signed-out=1`);
      assert(await page.getByText('You have signed out').isVisible(), 'no signed-out notice');
      assert(await page.getByText('You are not signed in').isVisible(), 'still signed in');
      const cookies = await context.cookies();
      assert(cookies.length === 0, `cookies left: ${JSON.stringify(cookies)}`);
      assert(readdirSync(sessionDir).length === 0, `session files left: ${readdirSync(sessionDir)}`);
    }],
    ['PHP logged no warnings or errors', async () => {
      const log = existsSync(phpErrorLog) ? readFileSync(phpErrorLog, 'utf8').trim() : '';
      assert(log === '', `PHP logged:\n${log}`);
    }],
  ];

  let broken = false;
  for (const [name, fn] of steps) {
    if (broken) {
      failed++;
      console.log(`FAIL ${name} (not run after an earlier failure)`);
      continue;
    }
    try {
      await fn();
      passed++;
      console.log(`ok   ${name}`);
    } catch (err) {
      failed++;
      broken = true;
      console.log(`FAIL ${name}\n     ${String(err.message || err).split('\n').join('\n     ')}`);
      await page.screenshot({ path: path.join(artifacts, 'failure.png'), fullPage: true }).catch(() => {});
    }
  }
}

let status = 0;
try {
  await main();
} catch (err) {
  failed++;
  console.log(`FAIL could not run the browser test: ${err.stack || err}`);
}
await cleanup();
clearTimeout(watchdog);
if (failed) status = 1;
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(status);
