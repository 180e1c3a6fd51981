import { useId, useMemo, useState, type FormEvent } from 'react';
import { STANCES, type SourceKind, type Stance } from '../../shared/domain/entities';
import { errorMessage } from '../client/call';
import { useNotebookMutation, useSourcePicker } from '../client/queries';
import { ModalDialog } from '../dialogs/modal-dialog';
import { SOURCE_KIND_LABELS } from '../sources/source-kinds';
import { useLinkSource } from '../undo/use-undoable-actions';
import { FormFooter } from '../app/form-footer';
import { SearchableSelect } from '../search/searchable-select';
import type { PickerChoice } from '../search/use-picker-search';
import { SourceKindOptions } from '../sources/source-kind-options';

const STANCE_CHOICES: Record<Stance, { label: string; hint: string }> = {
  supports: { label: 'Supports', hint: 'needed to mark the claim verified' },
  contradicts: { label: 'Contradicts', hint: 'needed to mark the claim false' },
  context: { label: 'Context', hint: 'bears on the claim without settling it' },
};

interface Props {
  claimId: string;
  onClose: () => void;
}

/**
 * "Link a source": pick a source from the library or create one on the spot, say how it bears on the
 * claim, and where (a quote, a page or timestamp). Creating inline keeps the reporter in the claim
 * they are checking; the full record can be filled in later in Sources.
 */
export function LinkSourceDialog({ claimId, onClose }: Props) {
  const sources = useSourcePicker();
  const hasSources = (sources.data?.items.length ?? 0) > 0;
  const [mode, setMode] = useState<'existing' | 'new' | null>(null);
  const useExisting = (mode ?? (hasSources ? 'existing' : 'new')) === 'existing';
  // The newest sources are listed; typing in "Find by title" searches them all (renderer/search/searchable-select.tsx).
  const [picked, setPicked] = useState<PickerChoice | null>(null);
  const newest = useMemo<PickerChoice[]>(() => (sources.data?.items ?? []).map((s) => ({ id: s.id, title: s.title, sourceKind: s.kind })), [sources.data]);
  const chosen = picked ?? newest[0] ?? null;
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<SourceKind>('web');
  const [url, setUrl] = useState('');
  const [stance, setStance] = useState<Stance>('supports');
  const [quote, setQuote] = useState('');
  const [locator, setLocator] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const addSource = useNotebookMutation('addSource');
  const { link, isPending } = useLinkSource();
  const ids = { title: useId(), kind: useId(), url: useId(), quote: useId(), locator: useId(), note: useId(), error: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      let source;
      if (useExisting) {
        source = chosen;
        if (!source) throw new Error('Pick a source from the list, or choose “A new source”.');
      } else {
        source = await addSource.mutateAsync({ title, kind, ...(url.trim() ? { url: url.trim() } : {}) });
      }
      await link({ claimId, source, stance, quote, locator, note });
      onClose();
    } catch (error) {
      setProblem(error instanceof Error && !('code' in error) ? error.message : errorMessage(error));
    }
  };

  const busy = isPending || addSource.isPending;
  return (
    <ModalDialog open onClose={onClose} title="Link a source" description="Say which source bears on this claim, and how.">
      <form className="form" onSubmit={(e) => void submit(e)}>
        <fieldset className="choice-group">
          <legend>Source</legend>
          <label>
            <input type="radio" name="source-mode" checked={useExisting} onChange={() => setMode('existing')} disabled={!hasSources} />
            An existing source
          </label>
          <label>
            <input type="radio" name="source-mode" checked={!useExisting} onChange={() => setMode('new')} />
            A new source
          </label>
        </fieldset>
        {useExisting ? (
          <SearchableSelect
            kind="source"
            label="Which source"
            defaults={newest}
            total={sources.data?.total}
            value={chosen?.id ?? ''}
            onChange={setPicked}
            describe={(c) => (c.sourceKind ? `${c.title} (${SOURCE_KIND_LABELS[c.sourceKind]})` : c.title)}
            autoFocus
          />
        ) : (
          <div className="form-row">
            <div className="field field-grow">
              <label htmlFor={ids.title}>Title of the new source</label>
              <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} required data-autofocus />
            </div>
            <div className="field">
              <label htmlFor={ids.kind}>Kind</label>
              <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
                <SourceKindOptions />
              </select>
            </div>
            <div className="field field-grow">
              <label htmlFor={ids.url}>Web address (optional)</label>
              <input id={ids.url} type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
            </div>
          </div>
        )}
        <fieldset className="choice-group">
          <legend>Stance</legend>
          {STANCES.map((s) => (
            <label key={s}>
              <input type="radio" name="stance" value={s} checked={stance === s} onChange={() => setStance(s)} />
              {STANCE_CHOICES[s].label} <span className="hint">({STANCE_CHOICES[s].hint})</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.quote}>Quote from the source (optional)</label>
          <textarea id={ids.quote} rows={2} value={quote} onChange={(e) => setQuote(e.target.value)} />
        </div>
        <div className="form-row">
          <div className="field field-grow">
            <label htmlFor={ids.locator}>Where in it (optional)</label>
            <input id={ids.locator} value={locator} onChange={(e) => setLocator(e.target.value)} placeholder="page 4, 12:30, section 2" />
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.note}>Note (optional)</label>
          <textarea id={ids.note} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <FormFooter problem={problem} errorId={ids.error} onCancel={onClose} busy={busy} busyLabel="Linking…" submitLabel="Link source" />
      </form>
    </ModalDialog>
  );
}
