import { monotonicFactory } from 'ulid';

/** One monotonic factory per process, so IDs minted in the same millisecond still sort in creation order. */
const nextUlid = monotonicFactory();

/** A new sortable, unique ID (ULID): 26 characters, lexicographic order is creation order. */
export function newId(): string {
  return nextUlid();
}

/** ULIDs use Crockford base32; this pattern is what every stored ID must match. */
export const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
