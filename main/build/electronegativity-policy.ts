import type { ScanFinding } from './electronegativity-scan';

/**
 * What `npm test` accepts from Electronegativity: findings at LOW or below pass; a finding above LOW
 * passes only when it is justified, in electronegativity-justifications.json (mirrored in the
 * README), by its check id and file. Lines are not part of the match: they move with every edit,
 * and a justification is about what a file does, not where.
 */

export interface Justification {
  id: string;
  /** Project-relative path, or "N/A" for an app-wide (global) finding. */
  file: string;
  /** Why this finding is acceptable, in words a reviewer can check against the code. */
  reason: string;
}

export interface PolicyVerdict {
  /** Above LOW and not justified: these fail the run. */
  blocking: ScanFinding[];
  justified: { finding: ScanFinding; reason: string }[];
  /** LOW and INFORMATIONAL: printed, never failing. */
  low: ScanFinding[];
  /** Justifications that matched nothing: the code changed, so the README text may be out of date. */
  unused: Justification[];
}

const ABOVE_LOW = new Set<ScanFinding['severity']>(['MEDIUM', 'HIGH']);

export function judgeFindings(findings: readonly ScanFinding[], justifications: readonly Justification[]): PolicyVerdict {
  const used = new Set<Justification>();
  const verdict: PolicyVerdict = { blocking: [], justified: [], low: [], unused: [] };
  for (const finding of findings) {
    if (!ABOVE_LOW.has(finding.severity)) {
      verdict.low.push(finding);
      continue;
    }
    const match = justifications.find((j) => j.id === finding.id && j.file === finding.file);
    if (match === undefined) {
      verdict.blocking.push(finding);
      continue;
    }
    used.add(match);
    verdict.justified.push({ finding, reason: match.reason });
  }
  verdict.unused = justifications.filter((j) => !used.has(j));
  return verdict;
}

/** Reads and checks the justification list, so a typo in it is an error rather than a silent miss. */
export function parseJustifications(json: string): Justification[] {
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error('The Electronegativity justifications must be a JSON array of {id, file, reason}.');
  return data.map((entry: unknown, index) => {
    const e = entry as Partial<Justification> | null;
    if (e === null || typeof e !== 'object' || typeof e.id !== 'string' || typeof e.file !== 'string' || typeof e.reason !== 'string' || e.reason.trim().length < 20) {
      throw new Error(`Electronegativity justification #${index + 1} needs an id, a file and a reason of at least 20 characters.`);
    }
    return { id: e.id, file: e.file, reason: e.reason };
  });
}

/** One line per finding, for the console. */
export function formatFinding(finding: ScanFinding): string {
  const where = finding.file === 'N/A' ? 'app-wide' : `${finding.file}:${finding.line}:${finding.column}`;
  return `${finding.severity.padEnd(6)} ${finding.confidence.padEnd(9)} ${finding.id} at ${where}: ${finding.description} (${finding.url})`;
}
