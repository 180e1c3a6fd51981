import { AppError } from '../../../shared/api/result';

/**
 * Only plain web addresses are fetched. Other schemes (file:, javascript:, ftp:) could read local files
 * or run code, and a user name or password in the address would be sent to the site and stored in the
 * clip record, so both are refused before any request is made.
 */
export function parseClipUrl(raw: string): URL {
  const shown = raw.trim().slice(0, 200) || '(empty)';
  const refuse = (why: string) =>
    new AppError('invalid_input', `That is not a web address I can clip: ${shown} (${why}). Use a full address starting with https://`);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw refuse('it is not a complete address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse(`${url.protocol.replace(/:$/, '')} addresses are not web pages`);
  if (url.username || url.password) throw refuse('it contains a user name or password');
  if (!url.hostname) throw refuse('it has no site name');
  return url;
}

/** The address to follow after a redirect: resolved against the current one and held to the same rules. */
export function resolveRedirect(location: string, from: URL): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new AppError('io_error', `The site at ${from.host} redirected to an address that is not valid (${location.slice(0, 200)}).`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new AppError('io_error', `The site at ${from.host} redirected to a ${next.protocol.replace(/:$/, '')}: address, which is not a web page and was not followed.`);
  }
  if (next.username || next.password) {
    throw new AppError('io_error', `The site at ${from.host} redirected to an address containing a user name or password, which was not followed.`);
  }
  return next;
}
