import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/result';
import {
  describeNetworkError,
  formatBytes,
  formatSeconds,
  httpStatusError,
  timeoutError,
  tooLargeError,
} from '../../../../main/clipper/fetch/fetch-errors';

/** Node's system errors carry their code like this; a real DNS failure or lost network cannot be made in a test. */
function systemError(code: string, message = `getaddrinfo ${code} example.org`): Error {
  return Object.assign(new Error(message), { code, syscall: 'getaddrinfo' });
}

const site = new URL('https://news.example.org/story');
const local = new URL('http://127.0.0.1:8123/page');

describe('describeNetworkError', () => {
  it('reports ENOTFOUND as a DNS failure with the host name and what to do', () => {
    const error = describeNetworkError(systemError('ENOTFOUND'), site);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('io_error');
    expect(error.message).toBe('The address news.example.org could not be found (DNS). Check the spelling.');
  });

  it.each(['EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN'])('reports %s as being offline', (code) => {
    const error = describeNetworkError(systemError(code), site);
    expect(error.message).toMatch(/^You appear to be offline: news\.example\.org could not be reached/);
    expect(error.message).toContain(code);
    expect(error.message).toContain('Check your internet connection');
  });

  it('reports EHOSTUNREACH as offline or unreachable', () => {
    expect(describeNetworkError(systemError('EHOSTUNREACH'), site).message).toMatch(/^You appear to be offline, or news\.example\.org is unreachable/);
  });

  it('does not call a refused connection "offline": the remote machine answered', () => {
    const remote = describeNetworkError(systemError('ECONNREFUSED', 'connect ECONNREFUSED 93.184.216.34:443'), site);
    expect(remote.message).toBe('The site news.example.org refused the connection (ECONNREFUSED). It may be down; try again later.');
    const loopback = describeNetworkError(systemError('ECONNREFUSED'), local);
    expect(loopback.message).toMatch(/^Nothing is answering at 127\.0\.0\.1:8123 \(connection refused\)/);
  });

  it('finds the code on a wrapped cause, as fetch() and undici wrap it', () => {
    const wrapped = new TypeError('fetch failed', { cause: systemError('ENOTFOUND') });
    expect(describeNetworkError(wrapped, site).message).toContain('could not be found (DNS)');
  });

  it.each([
    ['ECONNRESET', 'was cut before the page arrived'],
    ['ETIMEDOUT', 'the connection timed out'],
    ['CERT_HAS_EXPIRED', 'could not be verified (CERT_HAS_EXPIRED)'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'could not be verified'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'could not be verified'],
    ['HPE_INVALID_CONSTANT', 'not valid HTTP'],
    ['Z_DATA_ERROR', 'could not be decompressed'],
  ])('explains %s', (code, text) => {
    expect(describeNetworkError(systemError(code), site).message).toContain(text);
  });

  it('passes an AppError through unchanged', () => {
    const original = new AppError('payload_too_large', 'too big');
    expect(describeNetworkError(original, site)).toBe(original);
  });

  it('names the address and the error for anything unknown', () => {
    const error = describeNetworkError(new Error('something odd'), site);
    expect(error.message).toBe('Could not fetch https://news.example.org/story: something odd.');
  });
});

describe('HTTP status and size messages', () => {
  it('puts the status code and text in the message', () => {
    expect(httpStatusError(404, 'Not Found', site).message).toMatch(/^The site answered 404 Not Found for https:\/\/news\.example\.org\/story\. Check the address/);
    expect(httpStatusError(503, '', site).message).toMatch(/^The site answered 503 Service Unavailable .* try again later\.$/);
    expect(httpStatusError(451, undefined, site).message).toContain('451 Client Error');
  });

  it('says how long it waited', () => {
    expect(timeoutError(20_000).message).toBe('The site did not answer within 20 seconds. It may be slow or down; try again later.');
    expect(timeoutError(20_000, true).message).toMatch(/^The site did not send the whole page within 20 seconds\./);
  });

  it('says how large is too large', () => {
    expect(tooLargeError(15 * 1024 * 1024).message).toMatch(/^The page is larger than 15 MB, so it was not clipped\./);
    expect(tooLargeError(15 * 1024 * 1024, 20 * 1024 * 1024).message).toContain('(it announces 20 MB)');
  });

  it('formats durations and sizes for people', () => {
    expect(formatSeconds(20_000)).toBe('20 seconds');
    expect(formatSeconds(1000)).toBe('1 second');
    expect(formatSeconds(300)).toBe('0.3 seconds');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
  });
});
