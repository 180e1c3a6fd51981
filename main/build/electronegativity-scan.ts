import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Runs Electronegativity (@doyensec/electronegativity) over the app's sources, offline.
 *
 * Out of the box it makes two network requests: translations for the current locale, and the list
 * of Electron releases (for its "security fixes available" check). Both go through the `got`
 * package, so `got` is replaced, for this process only, by a stub that refuses at once: no request
 * ever leaves the machine, and nothing waits for a timeout. The releases check is also switched
 * off, since it means nothing without the network.
 *
 * Its global checks (CSP, navigation limits, permission handler) judge the whole app at once, so
 * main/ and renderer/ are scanned together, from a copy in a temporary folder: scanning the project
 * root would also scan dist/, test/ and every build output.
 */

export interface ScanFinding {
  /** Electronegativity's check id, e.g. CONTEXT_ISOLATION_JS_CHECK. */
  id: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  confidence: 'TENTATIVE' | 'FIRM' | 'CERTAIN';
  /** Project-relative path with forward slashes, or "N/A" for an app-wide (global) finding. */
  file: string;
  line: number;
  column: number;
  description: string;
  /** Electronegativity's link to the check's documentation. */
  url: string;
  /** True when Electronegativity says the finding needs a person to look at it. */
  manualReview: boolean;
}

export interface ScanResult {
  findings: ScanFinding[];
  /** Files it could not parse, with the reason. */
  errors: { file: string; message: string }[];
  checks: number;
  /** Network requests Electronegativity tried to make (all refused). */
  refusedRequests: string[];
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  shortenedURL: string;
  severity: { name: ScanFinding['severity'] };
  confidence: { name: ScanFinding['confidence'] };
  manualReview?: boolean;
}

interface RunOptions {
  input: string;
  isRelative: boolean;
  electronVersionOverride?: string;
  excludeFromScan: string[];
}

type Runner = (options: RunOptions, forCli: boolean) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string }[]; atomicChecks: number; globalChecks: number }>;

/** The folders scanned: every main-process source and the renderer (whose HTML and code it also checks). */
export const SCANNED_FOLDERS = ['main', 'renderer'] as const;
const SCANNED_EXTENSIONS = /\.(ts|tsx|js|jsx|html?)$/;
/** Needs the network to list Electron releases; without it it only prints a warning. */
const OFFLINE_EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

const require = createRequire(import.meta.url);

/** Where the stub records refused requests during the current scan (Electronegativity keeps the stub it first loaded). */
let refusedDuringScan: string[] = [];

/** Installs the refusing `got` stub where Electronegativity will find it, before loading it. */
function loadOfflineRunner(): Runner {
  const entry = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(entry).resolve('got');
  const cache = require.cache as Record<string, unknown>;
  if (!(gotPath in cache) || !(cache[gotPath] as { refusing?: boolean }).refusing) {
    const refuse = (url: unknown): Promise<never> => {
      refusedDuringScan.push(String(url));
      return Promise.reject(new Error('network disabled: Electronegativity runs offline here'));
    };
    cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: refuse, children: [], paths: [], refusing: true };
  }
  return require(entry) as Runner;
}

/** The Electron version the app is built against, from the installed package (no lockfile parsing). */
function installedElectronVersion(): string | undefined {
  try {
    return (require('electron/package.json') as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** Scans `root`'s main/ and renderer/ (or the folders given) and returns the findings, offline. */
export async function scanApp(root: string, folders: readonly string[] = SCANNED_FOLDERS): Promise<ScanResult> {
  const refusedRequests: string[] = [];
  refusedDuringScan = refusedRequests;
  const run = loadOfflineRunner();
  const stage = await mkdtemp(path.join(tmpdir(), 'nn-electronegativity-'));
  // Its i18n picks the locale from LANG and fetches it; en-US ships with the package.
  const previousLang = process.env.LANG;
  process.env.LANG = 'en-US';
  try {
    for (const folder of folders) {
      await cp(path.join(root, folder), path.join(stage, folder), {
        recursive: true,
        filter: (source) => !source.includes(`${path.sep}node_modules`) && (!/\.[a-z]+$/i.test(path.basename(source)) || SCANNED_EXTENSIONS.test(source)),
      });
    }
    // A package.json without dependencies, so its version check reads only the override below.
    await writeFile(path.join(stage, 'package.json'), '{"name":"scan"}');
    const result = await run({ input: stage, isRelative: true, electronVersionOverride: installedElectronVersion(), excludeFromScan: OFFLINE_EXCLUDED_CHECKS }, false);
    const toProjectPath = (file: string): string => (file === 'N/A' ? file : file.split(path.sep).join('/').replace(/^\/+/, ''));
    return {
      findings: result.issues.map((issue) => ({
        id: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: toProjectPath(issue.file),
        line: issue.location.line,
        column: issue.location.column,
        description: issue.description,
        url: issue.shortenedURL,
        manualReview: issue.manualReview === true,
      })),
      errors: result.errors.map((error) => ({ file: toProjectPath(path.relative(stage, error.file)), message: error.message })),
      checks: result.atomicChecks + result.globalChecks,
      refusedRequests,
    };
  } finally {
    if (previousLang === undefined) delete process.env.LANG;
    else process.env.LANG = previousLang;
    await rm(stage, { recursive: true, force: true });
  }
}
