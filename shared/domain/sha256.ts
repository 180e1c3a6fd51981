import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 as lowercase hex. A pure-JS implementation so shared/ rules (history chains) run the same
 * in main, renderer and tests without Node's crypto or the async WebCrypto API.
 */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}
