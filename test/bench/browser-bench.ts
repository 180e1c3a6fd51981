import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../support/e2e-chromium';

/**
 * Time to a usable library in browser mode: start the built server on the fixture notebook, open it
 * in Chromium, and wait for the first row of the library to be rendered; then the renderer's RSS
 * (read from /proc for the processes Chromium reports as renderers). The app is built into
 * .bench/dist first unless `--dist DIR` names a build, so the bench never touches dist/.
 *
 * The server is the app's main side as it ships (the bundle on plain Node, search worker included), so
 * its memory is measured here too: sampled from /proc while it opens the notebook, builds the index,
 * answers searches from the page, takes status changes, and compacts the notebook as it closes.
 */

const READY_LINE = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/;

export function ensureBuild(dist: string | undefined, log: (line: string) => void): string {
  const dir = resolve(dist ?? '.bench/dist');
  if (dist === undefined || !existsSync(resolve(dir, 'main/start.js'))) {
    log(`  building the app into ${dir} for the browser-mode figures ...`);
    const built = spawnSync('npm', ['run', 'build'], { env: { ...process.env, NOTEBOOK_DIST: dir }, stdio: 'ignore' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  return dir;
}

function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export interface BrowserFigures {
  /** From starting the server to the first library row on screen. */
  firstListMs: number;
  /** Of which: until the server printed its address (it has opened the notebook). */
  serverReadyMs: number;
  /** From navigating to the first row. */
  pageToListMs: number;
  /** Largest renderer RSS after the list showed and a search ran; its high-water mark. */
  rendererRssMb: number;
  rendererPeakRssMb: number;
  /** The server's RSS once the index is built, and its high-water mark from start to exit. */
  serverRssMb: number;
  serverPeakRssMb: number;
}

/** Samples a process's RSS high-water mark until stopped (the last sample before it exits counts). */
function watchPeak(pid: number): { peak: () => number; stop: () => void } {
  let peak = 0;
  const sample = () => {
    const hwm = rssMb(pid, 'VmHWM');
    if (hwm > 0) peak = hwm;
  };
  const timer = setInterval(sample, 20);
  return { peak: () => (sample(), peak), stop: () => clearInterval(timer) };
}

export async function measureFirstList(distDir: string, notebookDir: string): Promise<BrowserFigures> {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found (install Debian\'s chromium package).');
  const start = performance.now();
  const child = spawn(process.execPath, [resolve(distDir, 'main/start.js'), '--browser', '--no-open', '--port', '0', '--notebook', notebookDir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BROWSER: 'none' } });
  const server = watchPeak(child.pid ?? 0);
  let figures: Omit<BrowserFigures, 'serverPeakRssMb'> | undefined;
  try {
    let output = '';
    const url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`server not ready in 60 s:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = READY_LINE.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          done(match[1]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => fail(new Error(`server exited (${code}):\n${output}`)));
    });
    const serverReadyMs = performance.now() - start;
    // Loaded only here: playwright-core adds ~80 MB to this process, whose own RSS the store's figures report.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const navigated = performance.now();
      await page.goto(url);
      await page.getByRole('listbox', { name: 'Clips' }).getByRole('option').first().waitFor({ state: 'visible', timeout: 60_000 });
      const shown = performance.now();
      // One search from the page too, so the renderer's figure includes showing results.
      await page.evaluate(async () => {
        const api = (window as unknown as { notebook: Record<string, (input: unknown) => Promise<unknown>> }).notebook;
        await api.search?.({ query: 'council budget' });
      });
      const cdp = await browser.newBrowserCDPSession();
      const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ id: number; type: string }> };
      const renderers = info.processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
      const rendererRssMb = Math.max(0, ...renderers.map((pid) => rssMb(pid, 'VmRSS')));
      const rendererPeakRssMb = Math.max(0, ...renderers.map((pid) => rssMb(pid, 'VmHWM')));
      // The server's own working set: the index finished, searches and status changes from the page.
      await page.evaluate(SERVER_WORKLOAD);
      const serverRssMb = rssMb(child.pid ?? 0, 'VmRSS');
      figures = { firstListMs: shown - start, serverReadyMs, pageToListMs: shown - navigated, rendererRssMb, rendererPeakRssMb, serverRssMb };
    } finally {
      await browser.close();
    }
  } finally {
    // SIGTERM closes the notebook, which compacts it: part of the peak.
    child.kill('SIGTERM');
    await new Promise((done) => (child.exitCode !== null ? done(undefined) : child.once('exit', done)));
    server.stop();
  }
  if (figures === undefined) throw new Error('the browser-mode measurement did not finish');
  return { ...figures, serverPeakRssMb: server.peak() };
}

/**
 * Run in the page: wait (up to 2 minutes) for the index to be built, then 50 searches and 20 status
 * changes through the app's API, as a reporter's first minutes would. Plain JavaScript in a string, so
 * no helper a TypeScript loader adds (tsx's `__name`) is missing in the page.
 */
const SERVER_WORKLOAD = `(async () => {
  const api = window.notebook;
  const call = async (name, input) => {
    const result = await api[name](input);
    if (!result || !result.ok) throw new Error(name + ' failed');
    return result.value;
  };
  const until = Date.now() + 120000;
  while ((await call('getSearchStatus', {})).state !== 'ready') {
    if (Date.now() > until) throw new Error('the index was not built in 2 minutes');
    await new Promise((done) => setTimeout(done, 200));
  }
  const words = ['council', 'budget', 'police', 'housing', 'strike', 'election', 'rent', 'survey', 'court', 'union'];
  for (let i = 0; i < 50; i++) await call('search', { query: words[i % 10] + ' ' + words[(i * 3 + 1) % 10] });
  const claims = await call('listClaims', { status: 'unverified', limit: 20 });
  for (const claim of claims.items) await call('setClaimStatus', { id: claim.id, status: 'in_progress' });
})()`;
