import Database from 'better-sqlite3';
import type { NotebookData } from '../../shared/domain/notebook-data';
import type { HistoryEntry } from '../../shared/domain/entities';

/**
 * The comparison the issue asks for: the same records in SQLite tables (WAL, synchronous=FULL) and the
 * same mutation (a claim status change: update the claim, append its history row) as one committed
 * transaction.
 */
export function openSqliteCopy(path: string, data: NotebookData) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE clips (id TEXT PRIMARY KEY, json TEXT NOT NULL);
    CREATE TABLE claims (id TEXT PRIMARY KEY, clip_id TEXT, status TEXT NOT NULL, updated_at TEXT NOT NULL, json TEXT NOT NULL);
    CREATE TABLE history (claim_id TEXT NOT NULL, seq INTEGER NOT NULL, from_status TEXT, to_status TEXT NOT NULL,
      at TEXT NOT NULL, rationale TEXT NOT NULL, prev_sha256 TEXT NOT NULL, PRIMARY KEY (claim_id, seq));
    CREATE TABLE sources (id TEXT PRIMARY KEY, json TEXT NOT NULL);
    CREATE TABLE evidence (id TEXT PRIMARY KEY, claim_id TEXT NOT NULL, source_id TEXT NOT NULL, stance TEXT NOT NULL, json TEXT NOT NULL);
    CREATE INDEX evidence_claim ON evidence (claim_id);
  `);
  const insertClip = db.prepare('INSERT INTO clips VALUES (?, ?)');
  const insertClaim = db.prepare('INSERT INTO claims VALUES (?, ?, ?, ?, ?)');
  const insertHistory = db.prepare('INSERT INTO history VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertSource = db.prepare('INSERT INTO sources VALUES (?, ?)');
  const insertEvidence = db.prepare('INSERT INTO evidence VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const c of Object.values(data.clips)) insertClip.run(c.id, JSON.stringify(c));
    for (const c of Object.values(data.claims)) {
      const { history, ...rest } = c;
      insertClaim.run(c.id, c.clipId, c.status, c.updatedAt, JSON.stringify(rest));
      history.forEach((h, seq) => insertHistory.run(c.id, seq, h.from, h.to, h.at, h.rationale, h.prevSha256));
    }
    for (const s of Object.values(data.sources)) insertSource.run(s.id, JSON.stringify(s));
    for (const e of Object.values(data.evidence)) insertEvidence.run(e.id, e.claimId, e.sourceId, e.stance, JSON.stringify(e));
  })();
  const update = db.prepare('UPDATE claims SET status = ?, updated_at = ? WHERE id = ?');
  const seqOf = db.prepare('SELECT COALESCE(MAX(seq) + 1, 0) AS next FROM history WHERE claim_id = ?');
  const setStatus = db.transaction((claimId: string, entry: HistoryEntry) => {
    update.run(entry.to, entry.at, claimId);
    const { next } = seqOf.get(claimId) as { next: number };
    insertHistory.run(claimId, next, entry.from, entry.to, entry.at, entry.rationale, entry.prevSha256);
  });
  return { setStatus, close: () => db.close() };
}
