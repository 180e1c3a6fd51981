import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFinding, judgeFindings, parseJustifications } from './electronegativity-policy';
import { scanApp } from './electronegativity-scan';

/**
 * `npm run lint:electron`: Electronegativity over main/ and renderer/, offline. Prints every finding;
 * exits 1 when a finding above LOW is not justified in electronegativity-justifications.json (the
 * list the README's "Electronegativity" section explains), or when a file could not be parsed (an
 * unparsed file is an unchecked file).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

async function main(): Promise<number> {
  const started = Date.now();
  const justifications = parseJustifications(await readFile(path.join(here, 'electronegativity-justifications.json'), 'utf8'));
  const scan = await scanApp(root);
  const verdict = judgeFindings(scan.findings, justifications);
  console.log(`Electronegativity: ${scan.checks} checks over main/ and renderer/ in ${Date.now() - started} ms (offline; ${scan.refusedRequests.length} network request(s) refused).`);
  for (const { finding, reason } of verdict.justified) console.log(`  justified  ${formatFinding(finding)}\n             why: ${reason}`);
  for (const finding of verdict.low) console.log(`  low        ${formatFinding(finding)}`);
  for (const j of verdict.unused) console.log(`  note: the justification for ${j.id} in ${j.file} matched no finding; remove it (and its README line) if the code no longer needs it.`);
  for (const error of scan.errors) console.error(`  could not parse ${error.file}: ${error.message}`);
  for (const finding of verdict.blocking) console.error(`  FAIL       ${formatFinding(finding)}`);
  if (verdict.blocking.length > 0) {
    console.error(`Electronegativity: ${verdict.blocking.length} finding(s) above LOW with no justification. Fix the code, or justify each one in main/build/electronegativity-justifications.json and the README.`);
    return 1;
  }
  if (scan.errors.length > 0) {
    console.error(`Electronegativity: ${scan.errors.length} file(s) could not be parsed, so they were not checked.`);
    return 1;
  }
  console.log(`Electronegativity: no unjustified finding above LOW (${verdict.justified.length} justified, ${verdict.low.length} low).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Electronegativity could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
