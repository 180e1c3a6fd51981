import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * jsdom, configured so a clipped page can never act: scripts never run (runScripts is left unset),
 * no subresource is ever loaded (resources is left at its default, which loads nothing), and the
 * page's console noise ("Could not parse CSS stylesheet") goes nowhere. jsdom is pinned to 29.x:
 * 30 and 31 crash on Node 20.
 */

/** A console that swallows everything: a hostile page must not be able to write to our logs. */
function silentConsole(): VirtualConsole {
  return new VirtualConsole();
}

/** The page's own URL, when it is one a browser would resolve links against; otherwise none. */
function usableBaseUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'file:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Parses a whole page. `url` becomes the document's URL, so relative links and images resolve. */
export function parsePage(html: string, url?: string): Document {
  const base = usableBaseUrl(url);
  const dom = new JSDOM(html, {
    ...(base === undefined ? {} : { url: base }),
    contentType: 'text/html',
    virtualConsole: silentConsole(),
  });
  return dom.window.document;
}

let sharedWindow: Window | undefined;

/**
 * One blank window for the whole process, reused by the sanitizer and by HTML surgery: creating a
 * jsdom window costs milliseconds and memory, and these uses keep no state in it between calls.
 */
export function sharedJsdomWindow(): Window {
  if (sharedWindow === undefined) {
    const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { virtualConsole: silentConsole() });
    sharedWindow = dom.window as unknown as Window;
  }
  return sharedWindow;
}
