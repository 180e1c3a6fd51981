/**
 * The verification workflow. Pure rules, no I/O: both hosts, the CLI and the UI ask the same
 * function whether a move is allowed, so a reporter gets the same answer everywhere.
 */
export const STATUSES = ['unverified', 'in_progress', 'verified', 'false', 'misleading', 'unverifiable'] as const;
export type Status = (typeof STATUSES)[number];

/** Final verdicts: a claim in one of these is ready for a brief. */
export const FINAL_STATUSES: readonly Status[] = ['verified', 'false', 'misleading', 'unverifiable'];

export const STATUS_LABELS: Record<Status, string> = {
  unverified: 'Unverified',
  in_progress: 'In progress',
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

export function isFinal(status: Status): boolean {
  return FINAL_STATUSES.includes(status);
}

/** What the rules need to know about a claim's evidence. */
export interface EvidenceCounts {
  supports: number;
  contradicts: number;
  context: number;
}

export interface TransitionRequest {
  from: Status;
  to: Status;
  rationale?: string | undefined;
  evidence: EvidenceCounts;
}

export type TransitionVerdict =
  | { allowed: true }
  | { allowed: false; code: 'same_status' | 'rationale_required' | 'evidence_required' | 'reason_required'; message: string };

/**
 * Decide whether a claim may move from one status to another.
 * - any move into a final status needs a rationale;
 * - verified needs a supporting source, false a contradicting one;
 * - leaving a final status (reopening) needs a reason;
 * - moving to the status it already has is refused, so history never records a non-change.
 */
export function checkTransition(req: TransitionRequest): TransitionVerdict {
  const { from, to } = req;
  const rationale = req.rationale?.trim() ?? '';
  if (from === to) {
    return { allowed: false, code: 'same_status', message: `The claim is already ${STATUS_LABELS[to].toLowerCase()}.` };
  }
  if (isFinal(from) && rationale === '') {
    return {
      allowed: false,
      code: 'reason_required',
      message: `Reopening a claim marked ${STATUS_LABELS[from].toLowerCase()} needs a reason: say what changed.`,
    };
  }
  if (isFinal(to) && rationale === '') {
    return {
      allowed: false,
      code: 'rationale_required',
      message: `Marking a claim ${STATUS_LABELS[to].toLowerCase()} needs a rationale: say how you reached the verdict.`,
    };
  }
  if (to === 'verified' && req.evidence.supports < 1) {
    return {
      allowed: false,
      code: 'evidence_required',
      message: 'A claim can be marked verified only once at least one source supports it. Link a supporting source first.',
    };
  }
  if (to === 'false' && req.evidence.contradicts < 1) {
    return {
      allowed: false,
      code: 'evidence_required',
      message: 'A claim can be marked false only once at least one source contradicts it. Link a contradicting source first.',
    };
  }
  return { allowed: true };
}
