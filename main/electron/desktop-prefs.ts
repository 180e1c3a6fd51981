import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * What the desktop app remembers between runs, apart from any notebook: the window's place, the
 * theme, the recent notebooks. One small JSON file in userData. A missing or damaged file means
 * "nothing remembered" (never an error the reporter sees); writes go to a temp file and are renamed,
 * so a crash mid-write leaves the old file.
 */

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const int = z.number().int().min(-100_000).max(100_000);

export const windowStateSchema = z.object({
  x: int,
  y: int,
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(200).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const MAX_RECENT = 10;

const prefsSchema = z.object({
  window: windowStateSchema.optional().catch(undefined),
  theme: z.enum(THEME_CHOICES).catch('system'),
  recentNotebooks: z.array(z.string().min(1).max(4096)).max(MAX_RECENT).catch([]),
});
export type DesktopPrefs = z.infer<typeof prefsSchema>;

export const DEFAULT_PREFS: DesktopPrefs = { theme: 'system', recentNotebooks: [] };

export const PREFS_FILE = 'desktop-prefs.json';

export async function loadPrefs(userData: string): Promise<DesktopPrefs> {
  try {
    const parsed = prefsSchema.safeParse(JSON.parse(await readFile(path.join(userData, PREFS_FILE), 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULT_PREFS };
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

export async function savePrefs(userData: string, prefs: DesktopPrefs): Promise<void> {
  await mkdir(userData, { recursive: true });
  const file = path.join(userData, PREFS_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(prefs, null, 2)}\n`);
  await rename(temp, file);
}

/** The folder first, then the others newest first, without duplicates, at most ten. */
export function withRecent(recent: readonly string[], dir: string): string[] {
  return [dir, ...recent.filter((other) => other !== dir)].slice(0, MAX_RECENT);
}

export interface PrefsStore {
  get(): DesktopPrefs;
  /** Applies the change at once; the file is written in the background, one write after another. */
  update(change: Partial<DesktopPrefs>): void;
  /** Resolves when every write asked for so far is done (quitting waits for it). */
  flushed(): Promise<void>;
}

export function createPrefsStore(userData: string, initial: DesktopPrefs, onError: (error: unknown) => void = () => {}): PrefsStore {
  let prefs = initial;
  let writing: Promise<void> = Promise.resolve();
  return {
    get: () => prefs,
    update(change) {
      prefs = { ...prefs, ...change };
      const snapshot = prefs;
      writing = writing.then(() => savePrefs(userData, snapshot)).catch(onError);
    },
    flushed: () => writing,
  };
}
