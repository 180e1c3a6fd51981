import type { ParsedInput } from '../../shared/api/contract';

/** The search method's input after the contract validated it (limit defaulted). */
export type SearchContractInput = ParsedInput<'search'>;
