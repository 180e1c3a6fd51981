import { useState } from 'react';
import type { EvidenceView } from '../../shared/api/views';
import { STANCES, type Stance } from '../../shared/domain/entities';
import { errorMessage } from '../client/call';
import { sourceLine } from '../sources/source-kinds';
import { useUnlinkSource } from '../undo/use-undoable-actions';

export const STANCE_HEADINGS: Record<Stance, string> = {
  supports: 'Supports the claim',
  contradicts: 'Contradicts the claim',
  context: 'Gives context',
};

/** A claim's evidence grouped by stance: the source, the quote or locator, the note, and a way to unlink it. */
export function EvidenceList({ evidence }: { evidence: EvidenceView[] }) {
  const { unlink, isPending } = useUnlinkSource();
  const [problem, setProblem] = useState<string | null>(null);
  const live = evidence.filter((e) => !e.deletedAt);
  if (live.length === 0) return <p className="pane-note">No sources linked yet.</p>;
  return (
    <div className="evidence-groups">
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {STANCES.map((stance) => {
        const group = live.filter((e) => e.stance === stance);
        if (group.length === 0) return null;
        return (
          <section key={stance} className={`evidence-group evidence-${stance}`} aria-label={STANCE_HEADINGS[stance]}>
            <h5 className="evidence-stance">
              {STANCE_HEADINGS[stance]} <span className="section-count">{group.length}</span>
            </h5>
            <ul className="evidence-list">
              {group.map((e) => (
                <li key={e.id} className="evidence">
                  <span className="evidence-source">{e.source.title}</span>
                  <span className="evidence-kind">{sourceLine(e.source)}</span>
                  {e.quote && <q className="evidence-quote">{e.quote}</q>}
                  {e.locator && <span className="evidence-locator">At: {e.locator}</span>}
                  {e.note && <span className="evidence-note">{e.note}</span>}
                  <button
                    type="button"
                    className="button button-quiet evidence-unlink"
                    disabled={isPending}
                    aria-label={`Unlink “${e.source.title}”`}
                    onClick={() => {
                      setProblem(null);
                      unlink(e.id, e.source.title).catch((error: unknown) => setProblem(errorMessage(error)));
                    }}
                  >
                    Unlink
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
