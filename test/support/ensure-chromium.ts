import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './e2e-chromium';

/**
 * Run by `npm run test:e2e` before Playwright: makes sure a Chromium exists, so `npm test` passes on a
 * fresh machine right after `npm install`. It tries Playwright's own download first (needs its
 * download host), then Debian's `chromium` package when running as root with apt, and otherwise
 * stops with a message saying what to install. It always says what it found or did.
 */

function run(command: string, args: string[], timeoutMs: number): boolean {
  console.log(`ensure-chromium: running ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
  if (result.error) console.log(`ensure-chromium: ${command} could not run: ${result.error.message}`);
  return result.status === 0;
}

function report(): boolean {
  const found = findChromium();
  if (!found) return false;
  console.log(`ensure-chromium: using Chromium at ${found.path} (${found.from}).`);
  return true;
}

function main(): number {
  if (report()) return 0;
  console.log('ensure-chromium: no Chromium found (PLAYWRIGHT_CHROMIUM, Playwright\'s own, /usr/bin/chromium, Chrome).');

  console.log('ensure-chromium: trying Playwright\'s download.');
  if (run('npx', ['playwright', 'install', 'chromium'], 5 * 60_000) && report()) return 0;
  console.log('ensure-chromium: Playwright\'s download did not give a usable Chromium (offline, or its host is blocked).');

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('ensure-chromium: installing Debian\'s chromium package with apt-get.');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok =
      spawnSync('apt-get', ['update'], { stdio: 'inherit', env, timeout: 10 * 60_000 }).status === 0 &&
      spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env, timeout: 15 * 60_000 }).status === 0;
    if (ok && report()) return 0;
    console.log('ensure-chromium: apt-get could not install chromium.');
  } else {
    console.log(`ensure-chromium: not trying apt-get (${isRoot ? 'no apt-get on this machine' : 'not running as root'}).`);
  }

  console.error(
    'ensure-chromium: no Chromium for the end-to-end tests. Install one, then run the tests again:\n' +
      '  - `npx playwright install chromium` where the network allows it, or\n' +
      '  - `sudo apt-get install chromium` on Debian/Ubuntu, or\n' +
      '  - any Chromium or Chrome, and set PLAYWRIGHT_CHROMIUM=/path/to/it.',
  );
  return 1;
}

process.exit(main());
