import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../shared/domain/entities';
import { errorMessage } from '../client/call';
import { useNotebookMutation } from '../client/queries';
import { ModalDialog } from '../dialogs/modal-dialog';
import { useSettings } from './settings-queries';
import './settings.css';

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * The notebook's settings: who the fact-checker is. ClaimReview takes its `author` (the organization,
 * else the reporter) and its `url` from here, and the briefs print them under the title. They belong
 * to the notebook, so a backup or a colleague's copy keeps them.
 */
export function SettingsDialog({ open, onClose }: Props) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Settings" description="This notebook's organization and reporter, as briefs and ClaimReview exports name them.">
      {open && <SettingsLoader onClose={onClose} />}
    </ModalDialog>
  );
}

function SettingsLoader({ onClose }: { onClose: () => void }) {
  const settings = useSettings();
  if (settings.isError) {
    return (
      <p className="form-error" role="alert">
        {errorMessage(settings.error)}
      </p>
    );
  }
  if (!settings.data) return <p className="hint">Loading the settings…</p>;
  return <SettingsForm initial={settings.data} onClose={onClose} />;
}

type Outcome = { kind: 'saved'; message: string } | { kind: 'failed'; message: string; urlField: boolean } | null;

/** What the saved settings mean for an export, in one sentence. */
function savedMessage(saved: Settings): string {
  if (saved.organizationUrl && saved.organizationName) return `Saved. ClaimReview exports now name ${saved.organizationName} (${saved.organizationUrl}) as their author and url.`;
  if (saved.organizationUrl) return 'Saved. ClaimReview exports now carry your organization’s URL; add its name to credit it as the author.';
  return 'Saved. ClaimReview exports still have no url until you add your organization’s URL.';
}

function SettingsForm({ initial, onClose }: { initial: Settings; onClose: () => void }) {
  const ids = { name: useId(), url: useId(), urlHint: useId(), reporter: useId(), outcome: useId() };
  const [organizationName, setName] = useState(initial.organizationName ?? '');
  const [organizationUrl, setUrl] = useState(initial.organizationUrl ?? '');
  const [reporterName, setReporter] = useState(initial.reporterName ?? '');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const save = useNotebookMutation('updateSettings');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    // Every field is sent: one left empty is cleared, so what the form shows is what is kept.
    save.mutate(
      { organizationName: organizationName.trim(), organizationUrl: organizationUrl.trim(), reporterName: reporterName.trim() },
      {
        onSuccess: (saved) => {
          setUrl(saved.organizationUrl ?? '');
          setOutcome({ kind: 'saved', message: savedMessage(saved) });
        },
        onError: (error) => {
          const message = errorMessage(error);
          setOutcome({ kind: 'failed', message, urlField: message.includes('organizationUrl') });
        },
      },
    );
  };
  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    if (outcome?.kind === 'saved') setOutcome(null);
  };
  const badUrl = outcome?.kind === 'failed' && outcome.urlField;

  return (
    // noValidate: the contract checks the address and says what is wrong in its own words.
    <form className="form settings-form" onSubmit={submit} noValidate aria-label="Notebook settings">
      <div className="field">
        <label htmlFor={ids.name}>Organization name</label>
        <input id={ids.name} value={organizationName} maxLength={200} autoComplete="organization" onChange={(e) => edit(setName)(e.target.value)} data-autofocus />
      </div>
      <div className="field">
        <label htmlFor={ids.url}>Organization URL</label>
        <input
          id={ids.url}
          type="url"
          inputMode="url"
          value={organizationUrl}
          maxLength={2000}
          placeholder="https://"
          autoComplete="url"
          aria-invalid={badUrl || undefined}
          aria-describedby={badUrl ? `${ids.outcome} ${ids.urlHint}` : ids.urlHint}
          onChange={(e) => edit(setUrl)(e.target.value)}
        />
        <p id={ids.urlHint} className="hint">
          Where your fact-checks are published, starting with http:// or https://. Each ClaimReview’s url is this address with the claim as its #fragment.
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.reporter}>Reporter name</label>
        <input id={ids.reporter} value={reporterName} maxLength={200} autoComplete="name" onChange={(e) => edit(setReporter)(e.target.value)} />
        <p className="hint">Printed under a brief’s title; the ClaimReview author when there is no organization.</p>
      </div>
      <div className="settings-outcome" role="status" aria-live="polite">
        {outcome?.kind === 'saved' && (
          <p id={ids.outcome} className="form-done">
            {outcome.message}
          </p>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <p id={ids.outcome} className="form-error" role="alert">
          {outcome.message}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {outcome?.kind === 'saved' ? 'Done' : 'Cancel'}
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
