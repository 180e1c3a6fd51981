import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judgeFindings, parseJustifications } from '../../../main/build/electronegativity-policy';
import type { ScanFinding } from '../../../main/build/electronegativity-scan';

function finding(id: string, file: string, severity: ScanFinding['severity']): ScanFinding {
  return { id, file, severity, confidence: 'FIRM', line: 10, column: 2, description: id, url: 'https://example.test', manualReview: false };
}

const REASON = 'checked in the code and covered by a unit test';

describe('judgeFindings', () => {
  it('fails a MEDIUM or HIGH finding that nobody justified, and only those', () => {
    const verdict = judgeFindings(
      [finding('SANDBOX_JS_CHECK', 'main/electron/window.ts', 'MEDIUM'), finding('NODE_INTEGRATION_JS_CHECK', 'main/electron/other.ts', 'HIGH'), finding('X_CHECK', 'main/a.ts', 'LOW')],
      [{ id: 'SANDBOX_JS_CHECK', file: 'main/electron/window.ts', reason: REASON }],
    );
    expect(verdict.blocking.map((f) => f.id)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    expect(verdict.justified.map((j) => [j.finding.id, j.reason])).toEqual([['SANDBOX_JS_CHECK', REASON]]);
    expect(verdict.low.map((f) => f.id)).toEqual(['X_CHECK']);
  });

  it('does not let a justification for one file excuse the same check in another', () => {
    const verdict = judgeFindings([finding('SANDBOX_JS_CHECK', 'main/electron/new-window.ts', 'MEDIUM')], [{ id: 'SANDBOX_JS_CHECK', file: 'main/electron/window.ts', reason: REASON }]);
    expect(verdict.blocking).toHaveLength(1);
    expect(verdict.unused.map((j) => j.file)).toEqual(['main/electron/window.ts']);
  });

  it('never fails on LOW or INFORMATIONAL findings', () => {
    const verdict = judgeFindings([finding('A', 'a.ts', 'LOW'), finding('B', 'b.ts', 'INFORMATIONAL')], []);
    expect(verdict.blocking).toEqual([]);
    expect(verdict.low).toHaveLength(2);
  });
});

describe('parseJustifications', () => {
  it('rejects an entry without a real reason, naming which one', () => {
    expect(() => parseJustifications(JSON.stringify([{ id: 'A', file: 'a.ts', reason: REASON }, { id: 'B', file: 'b.ts', reason: 'ok' }]))).toThrow(/#2/);
    expect(() => parseJustifications('{}')).toThrow(/array/);
  });

  it('accepts the project\'s own list', () => {
    const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../main/build/electronegativity-justifications.json');
    const list = parseJustifications(readFileSync(file, 'utf8'));
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) expect(entry.file === 'N/A' || entry.file.startsWith('main/') || entry.file.startsWith('renderer/')).toBe(true);
  });
});
