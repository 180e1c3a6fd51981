/**
 * Dates as a reporter reads them, in their own locale and time zone. Stored times are ISO-8601 UTC;
 * a clip's published date is whatever the page said, so anything unparseable is shown as written.
 */
export function formatDate(value: string | undefined, locale?: string): string {
  if (!value) return '';
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(time);
}

export function formatDateTime(value: string | undefined, locale?: string): string {
  if (!value) return '';
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** "no claims" / "1 claim" / "12 claims": counts read as words, not bare numbers. */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  if (count === 0) return `no ${plural}`;
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Where a clip came from, for the library and the reader: site name, else the origin's host, else its capture method. */
export function clipOrigin(clip: { siteName?: string | undefined; canonicalUrl?: string | undefined; capture: { method: string; origin?: string | undefined } }): string {
  if (clip.siteName) return clip.siteName;
  const url = clip.canonicalUrl ?? clip.capture.origin;
  if (url) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.host;
    } catch {
      // not a URL: a file name or a free-form origin, shown as it is
    }
    return url;
  }
  return CAPTURE_METHOD_LABELS[clip.capture.method] ?? clip.capture.method;
}

export const CAPTURE_METHOD_LABELS: Record<string, string> = {
  text: 'Typed text',
  paste: 'Pasted text',
  file: 'Text file',
  url: 'Web page',
  sample: 'Sample article',
};
