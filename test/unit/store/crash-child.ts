import { openNotebook } from '../../../main/store/open-notebook';
import type { Claim } from '../../../shared/domain/entities';
import { addClip, claimRecord, evidenceRecord, sourceRecord, statusOp } from '../../support/make-records';

/**
 * The crash test's victim: opens the notebook and mutates it in a loop until SIGKILLed, printing each
 * change only after its commit resolved (= acknowledged durable). A small compaction threshold makes
 * kills land during compaction too.
 */
const dir = process.argv[2] ?? '';
const store = await openNotebook(dir, { compactAfterBytes: 24_000 });
const say = (line: string) => process.stdout.write(`${line}\n`);
say('ready');

let n = 0;
for (;;) {
  n++;
  const clip = await addClip(store, `Report ${process.pid}-${n}.\n\nThe agency hired ${n * 3} inspectors in ${2000 + (n % 25)}.`, `Report ${n}`);
  say(`clip ${clip.id}`);
  const claim = claimRecord(clip.id, `The agency hired ${n * 3} inspectors`);
  const source = sourceRecord(`Agency payroll ${n}`);
  await store.commit([{ type: 'claim.put', claim }, { type: 'source.put', source }, { type: 'evidence.put', evidence: evidenceRecord(claim.id, source.id) }]);
  say(`claim ${claim.id}`);
  // A burst of status changes on different claims, committed concurrently (group commit).
  const claims = Object.values(store.data.claims).slice(-4) as Claim[];
  await Promise.all(
    claims.map(async (c) => {
      const to = c.status === 'in_progress' ? 'unverified' : 'in_progress';
      await store.commit([statusOp(c, to, 'Following up')]);
      say(`status ${c.id} ${store.data.claims[c.id]?.history.length ?? 0}`);
    }),
  );
}
