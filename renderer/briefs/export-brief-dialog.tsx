import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { MethodInput } from '../../shared/api/contract';
import { BRIEF_FORMATS, BRIEF_FORMAT_FILES, type BriefFormat } from '../../shared/domain/brief-formats';
import { FINAL_STATUSES, STATUS_LABELS, type Status } from '../../shared/domain/status';
import { useStories } from '../client/queries';
import { StoryOptions } from '../stories/story-options';
import { ModalDialog } from '../dialogs/modal-dialog';
import { useSettings } from '../settings/settings-queries';
import { BriefPreview } from './brief-preview';
import { useBriefPreview, useChoosableClaims } from './brief-queries';
import { useBriefExport } from './use-brief-export';
import './brief-export.css';

export type BriefScopeKind = 'clip' | 'story' | 'claims';

/** Where the dialog was opened from, so it starts on the scope the reporter most likely means. */
export interface BriefStart {
  openClip: { id: string; title: string } | null;
  storyId: string | null;
  claimIds: string[];
}

interface Props extends BriefStart {
  open: boolean;
  onClose: () => void;
  /** Opens the Settings dialog over this one, so the reporter can name the organization and come back. */
  onOpenSettings: () => void;
}

/** Formats that take a while (Chromium printing, a Word file, a zip of every capture): progress is shown. */
const SLOW_FORMATS: readonly BriefFormat[] = ['pdf', 'docx', 'bundle'];
/** Formats that carry ClaimReview, whose `url` (required by Google) is the organization's URL (as main/briefs/brief-format-warnings.ts). */
const CLAIM_REVIEW_FORMATS: readonly BriefFormat[] = ['claimreview', 'bundle'];

function initialScope(start: BriefStart): BriefScopeKind {
  if (start.claimIds.length > 0) return 'claims';
  if (start.storyId) return 'story';
  return 'clip';
}

/**
 * Export brief: choose what it covers (the open clip, a story, or ticked claims), which verdicts,
 * whether claims still being checked get their own section, and the format; see a live preview with
 * the warnings (open claims left out, by name); export with progress, then the file is saved or
 * downloaded and named.
 */
export function ExportBriefDialog({ open, onClose, onOpenSettings, ...start }: Props) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Export brief" description="A brief of checked claims, with verdicts, rationales, evidence and numbered sources.">
      {open && <ExportBriefForm {...start} onOpenSettings={onOpenSettings} />}
    </ModalDialog>
  );
}

function ExportBriefForm({ onOpenSettings, ...start }: BriefStart & { onOpenSettings: () => void }) {
  const ids = { scope: useId(), statuses: useId(), format: useId(), title: useId(), summary: useId(), preview: useId(), claims: useId() };
  const [scope, setScope] = useState<BriefScopeKind>(() => initialScope(start));
  const stories = useStories();
  const [pickedStory, setStoryId] = useState<string>(start.storyId ?? '');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(start.claimIds));
  const [statuses, setStatuses] = useState<Set<Status>>(() => new Set(FINAL_STATUSES));
  const [includeOpen, setIncludeOpen] = useState(false);
  const [format, setFormat] = useState<BriefFormat>('pdf');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const claims = useChoosableClaims(scope === 'claims');
  const exporter = useBriefExport();
  const settings = useSettings();
  const claimReview = CLAIM_REVIEW_FORMATS.includes(format) && settings.data !== undefined;
  const organization = { name: settings.data?.organizationName?.trim(), url: settings.data?.organizationUrl?.trim() };
  const reporterName = settings.data?.reporterName?.trim();

  // Until the reporter picks one, the story is the one the library shows, else the newest.
  const storyId = pickedStory || (stories.data?.items[0]?.id ?? '');

  const scopeInput = useMemo((): Pick<MethodInput<'previewBrief'>, 'clipId' | 'storyId' | 'claimIds'> | null => {
    if (scope === 'clip') return start.openClip ? { clipId: start.openClip.id } : null;
    if (scope === 'story') return storyId ? { storyId } : null;
    return chosen.size > 0 ? { claimIds: [...chosen] } : null;
  }, [scope, start.openClip, storyId, chosen]);

  const typed = useDeferredValue({ title: title.trim(), summary: summary.trim() });
  const input = useMemo((): MethodInput<'previewBrief'> | null => {
    if (!scopeInput || statuses.size === 0) return null;
    return {
      ...scopeInput,
      statuses: [...statuses],
      includeOpen,
      ...(typed.title ? { title: typed.title } : {}),
      ...(typed.summary ? { summary: typed.summary } : {}),
    };
  }, [scopeInput, statuses, includeOpen, typed.title, typed.summary]);
  const preview = useBriefPreview(input);
  const outcome = preview.data;

  const missing =
    scope === 'clip' && !start.openClip
      ? 'Open a clip first, or choose a story or claims.'
      : scope === 'story' && !storyId
        ? 'There is no story yet. Create one in the library, or choose claims.'
        : scope === 'claims' && chosen.size === 0
          ? 'Tick at least one claim.'
          : statuses.size === 0
            ? 'Choose at least one verdict.'
            : null;

  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  const running = exporter.state.phase === 'running';
  const canExport = input !== null && outcome?.ok === true && !running;
  const exportNow = () => {
    if (!input) return;
    void exporter.run({ ...input, format });
  };

  return (
    <div className="brief-export">
      <form
        className="form brief-export-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (canExport) exportNow();
        }}
      >
        <fieldset className="brief-fieldset">
          <legend>What the brief covers</legend>
          <label className="choice">
            <input type="radio" name={ids.scope} checked={scope === 'clip'} onChange={() => setScope('clip')} disabled={!start.openClip} data-autofocus />
            <span>Open clip{start.openClip ? `: ${start.openClip.title}` : ' (none open)'}</span>
          </label>
          <label className="choice">
            <input type="radio" name={ids.scope} checked={scope === 'story'} onChange={() => setScope('story')} />
            <span>A story</span>
          </label>
          {scope === 'story' && (
            <div className="field nested">
              <label htmlFor={`${ids.scope}-story`}>Story</label>
              <select id={`${ids.scope}-story`} value={storyId} onChange={(event) => setStoryId(event.target.value)}>
                <StoryOptions />
              </select>
            </div>
          )}
          <label className="choice">
            <input type="radio" name={ids.scope} checked={scope === 'claims'} onChange={() => setScope('claims')} />
            <span>Claims I choose{chosen.size ? ` (${chosen.size} ticked)` : ''}</span>
          </label>
          {scope === 'claims' && (
            <fieldset className="brief-claim-list nested" aria-describedby={ids.claims}>
              <legend className="visually-hidden">Claims to include</legend>
              <p id={ids.claims} className="hint">
                Tick the claims to put in the brief.
              </p>
              {(claims.data?.items ?? []).map((claim) => (
                <label key={claim.id} className="choice">
                  <input type="checkbox" checked={chosen.has(claim.id)} onChange={() => setChosen((set) => toggle(set, claim.id))} />
                  <span>
                    {claim.text} <span className="muted">({STATUS_LABELS[claim.status]})</span>
                  </span>
                </label>
              ))}
              {claims.data?.items.length === 0 && <p className="hint">There are no claims in this notebook yet.</p>}
            </fieldset>
          )}
        </fieldset>

        <fieldset className="brief-fieldset">
          <legend>Verdicts to include</legend>
          <div className="choice-row">
            {FINAL_STATUSES.map((status) => (
              <label key={status} className="choice">
                <input type="checkbox" checked={statuses.has(status)} onChange={() => setStatuses((set) => toggle(set, status))} />
                <span>{STATUS_LABELS[status]}</span>
              </label>
            ))}
          </div>
          <label className="choice">
            <input type="checkbox" checked={includeOpen} onChange={(event) => setIncludeOpen(event.target.checked)} />
            <span>Include claims still being checked, in a “Still being checked” section</span>
          </label>
        </fieldset>

        <div className="field">
          <label htmlFor={ids.title}>Title (optional)</label>
          <input id={ids.title} value={title} maxLength={500} onChange={(event) => setTitle(event.target.value)} placeholder={outcome?.ok ? outcome.preview.title : ''} />
        </div>
        <div className="field">
          <label htmlFor={ids.summary}>Summary (optional)</label>
          <textarea id={ids.summary} value={summary} maxLength={5000} rows={2} onChange={(event) => setSummary(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.format}>Format</label>
          <select id={ids.format} value={format} onChange={(event) => setFormat(event.target.value as BriefFormat)}>
            {BRIEF_FORMATS.map((value) => (
              <option key={value} value={value}>
                {BRIEF_FORMAT_FILES[value].label}
              </option>
            ))}
          </select>
        </div>

        {claimReview && (
          // One block, warning or not, so the button keeps focus when Settings closes after a save.
          <div className={organization.url ? 'brief-organization' : 'brief-organization brief-organization-missing'} role="status">
            <p>
              {organization.url
                ? `ClaimReview author: ${organization.name || reporterName || 'none named'}; url: ${organization.url}`
                : `${BRIEF_FORMAT_FILES[format].label} needs your organization’s URL: without it the ClaimReview has no url, which Google requires.`}
            </p>
            <button type="button" className="button" onClick={onOpenSettings}>
              {organization.url ? 'Change organization' : 'Set your organization'}
            </button>
          </div>
        )}
        <ExportStatus state={exporter.state} slow={SLOW_FORMATS.includes(format)} known={outcome?.ok ? outcome.preview.warnings : []} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={!canExport} aria-disabled={!canExport}>
            {running ? 'Exporting…' : `Export ${BRIEF_FORMAT_FILES[format].label}`}
          </button>
        </div>
      </form>

      <section className="brief-preview-pane" aria-labelledby={ids.preview}>
        <h3 id={ids.preview} className="brief-preview-heading">
          Preview{outcome?.ok ? ` — ${outcome.preview.counts.claims} with a verdict, ${outcome.preview.counts.citations} ${outcome.preview.counts.citations === 1 ? 'source' : 'sources'}` : ''}
        </h3>
        {missing && <p className="hint">{missing}</p>}
        {!missing && outcome && !outcome.ok && (
          <p className="form-error" role="alert">
            {outcome.message}
          </p>
        )}
        {!missing && outcome?.ok && outcome.preview.warnings.length > 0 && (
          <div className="brief-warnings" role="status">
            <h4>Before you send it</h4>
            <ul>
              {outcome.preview.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </div>
        )}
        {!missing && preview.isFetching && !outcome && <p className="hint">Preparing the preview…</p>}
        {!missing && outcome?.ok && <BriefPreview html={outcome.preview.html} labelId={ids.preview} />}
      </section>
    </div>
  );
}

/** The export's progress and outcome; with the export's warnings the preview did not already list. */
function ExportStatus({ state, slow, known }: { state: ReturnType<typeof useBriefExport>['state']; slow: boolean; known: string[] }) {
  const fresh = state.phase === 'finished' ? state.warnings.filter((warning) => !known.includes(warning)) : [];
  return (
    <div className="brief-export-status" role="status" aria-live="polite">
      {state.phase === 'running' && (
        <>
          {slow && <progress aria-label="Exporting the brief" />}
          <span>{state.step}…</span>
        </>
      )}
      {state.phase === 'finished' && <p className="form-done">{state.message}</p>}
      {fresh.length > 0 && (
        <ul className="brief-export-warnings">
          {fresh.map((warning) => (
            <li key={warning}>Warning: {warning}</li>
          ))}
        </ul>
      )}
      {state.phase === 'failed' && <p className="form-error">{state.message}</p>}
    </div>
  );
}
