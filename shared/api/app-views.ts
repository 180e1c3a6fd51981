/**
 * What the desktop app section of the contract returns (issue 6). Menu items, a second launch and
 * files opened from the OS reach the page as *commands* it asks for, through the contract like
 * everything else, so the preload never needs an event channel of its own.
 */

/** The tabs of the Clip dialog a command can open. */
export type AppClipTab = 'url' | 'file' | 'paste';

export type AppCommand =
  /** File > New clip / Paste article: open the Clip dialog on that tab. */
  | { kind: 'new-clip'; tab: AppClipTab }
  /** A clip main already started (File > Import file…, a file or URL handed to the app): show its progress, then open it. */
  | { kind: 'show-clip-job'; jobId: string; label: string }
  /** File > Export brief…: open the export dialog. */
  | { kind: 'export-brief' }
  /** Help > Keyboard shortcuts. */
  | { kind: 'show-shortcuts' };

export interface AppCommandBatch {
  /** Commands after the `after` the caller passed, oldest first. */
  commands: AppCommand[];
  /** Pass this as `after` next time. */
  seq: number;
  /** False where no commands ever come (browser mode, the CLI): the page stops asking. */
  live: boolean;
}

export const RENDERER_ERROR_SOURCES = ['render', 'error', 'unhandledrejection'] as const;
export type RendererErrorSource = (typeof RENDERER_ERROR_SOURCES)[number];
