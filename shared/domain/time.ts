/** Times are stored as ISO-8601 UTC strings so they sort as text and survive JSON round trips. */
export function nowIso(clock: () => number = Date.now): string {
  return new Date(clock()).toISOString();
}
