import { useId, useState, type FormEvent } from 'react';
import { RELIABILITY_RATINGS, type Reliability, type Source, type SourceKind } from '../../shared/domain/entities';
import { errorMessage } from '../client/call';
import { useNotebookMutation } from '../client/queries';
import { RELIABILITY_LABELS } from './source-kinds';
import { FormFooter } from '../app/form-footer';
import { SourceKindOptions } from './source-kind-options';

interface Props {
  /** The source to edit, or null to create one. */
  source: Source | null;
  onSaved: (source: Source) => void;
  onCancel: () => void;
}

type Rating = Reliability['rating'] | '';

/**
 * Every field of a source: what it is, where it is, who made it and when, how far to trust it and why;
 * for a person, their role, how and when they were reached, and whether they may be named.
 */
export function SourceForm({ source, onSaved, onCancel }: Props) {
  const [kind, setKind] = useState<SourceKind>(source?.kind ?? 'web');
  const [title, setTitle] = useState(source?.title ?? '');
  const [url, setUrl] = useState(source?.url ?? '');
  const [publisher, setPublisher] = useState(source?.publisher ?? '');
  const [author, setAuthor] = useState(source?.author ?? '');
  const [publishedDate, setPublishedDate] = useState(source?.publishedDate ?? '');
  const [accessedDate, setAccessedDate] = useState(source?.accessedDate ?? '');
  const [notes, setNotes] = useState(source?.notes ?? '');
  const [rating, setRating] = useState<Rating>(source?.reliability?.rating ?? '');
  const [reason, setReason] = useState(source?.reliability?.reason ?? '');
  const [role, setRole] = useState(source?.person?.role ?? '');
  const [contactMethod, setContactMethod] = useState(source?.person?.contactMethod ?? '');
  const [contactedAt, setContactedAt] = useState(source?.person?.contactedAt ?? '');
  const [mayBeNamed, setMayBeNamed] = useState(source?.person?.mayBeNamed ?? false);
  const [problem, setProblem] = useState<string | null>(null);
  const add = useNotebookMutation('addSource');
  const update = useNotebookMutation('updateSource');
  const id = useId();
  const f = (name: string) => `${id}-${name}`;

  const reliability = rating ? { rating, reason: reason.trim() } : null;
  const person =
    kind === 'person'
      ? { mayBeNamed, ...(role.trim() ? { role: role.trim() } : {}), ...(contactMethod.trim() ? { contactMethod: contactMethod.trim() } : {}), ...(contactedAt.trim() ? { contactedAt: contactedAt.trim() } : {}) }
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const onError = (error: unknown) => setProblem(errorMessage(error));
    if (source) {
      update.mutate(
        { id: source.id, kind, title, url: url.trim(), publisher, author, publishedDate, accessedDate, notes, reliability, person },
        { onSuccess: onSaved, onError },
      );
      return;
    }
    const text = { url, publisher, author, publishedDate, accessedDate, notes };
    const filled = Object.fromEntries(Object.entries(text).filter(([, v]) => v.trim() !== ''));
    add.mutate({ kind, title, ...filled, ...(reliability ? { reliability } : {}), ...(person ? { person } : {}) }, { onSuccess: onSaved, onError });
  };

  const busy = add.isPending || update.isPending;
  return (
    <form className="form source-form" onSubmit={submit} aria-label={source ? `Edit “${source.title}”` : 'New source'}>
      <div className="form-row">
        <div className="field">
          <label htmlFor={f('kind')}>Kind</label>
          <select id={f('kind')} value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
            <SourceKindOptions />
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor={f('title')}>{kind === 'person' ? 'Name' : 'Title'}</label>
          <input id={f('title')} value={title} onChange={(e) => setTitle(e.target.value)} required data-autofocus autoFocus />
        </div>
      </div>
      <div className="field">
        <label htmlFor={f('url')}>Web address</label>
        <input id={f('url')} type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
      </div>
      <div className="form-row">
        <div className="field field-grow">
          <label htmlFor={f('publisher')}>Publisher</label>
          <input id={f('publisher')} value={publisher} onChange={(e) => setPublisher(e.target.value)} />
        </div>
        <div className="field field-grow">
          <label htmlFor={f('author')}>Author</label>
          <input id={f('author')} value={author} onChange={(e) => setAuthor(e.target.value)} />
        </div>
      </div>
      <div className="form-row">
        <div className="field field-grow">
          <label htmlFor={f('published')}>Published</label>
          <input id={f('published')} value={publishedDate} onChange={(e) => setPublishedDate(e.target.value)} placeholder="as the source gives it" />
        </div>
        <div className="field field-grow">
          <label htmlFor={f('accessed')}>Accessed</label>
          <input id={f('accessed')} type="date" value={accessedDate} onChange={(e) => setAccessedDate(e.target.value)} />
        </div>
      </div>
      {kind === 'person' && (
        <fieldset className="person-fields">
          <legend>The person</legend>
          <div className="field">
            <label htmlFor={f('role')}>Role</label>
            <input id={f('role')} value={role} onChange={(e) => setRole(e.target.value)} placeholder="e.g. spokesperson, ministry of defence" />
          </div>
          <div className="form-row">
            <div className="field field-grow">
              <label htmlFor={f('how')}>How reached</label>
              <input id={f('how')} value={contactMethod} onChange={(e) => setContactMethod(e.target.value)} placeholder="phone, email, in person" />
            </div>
            <div className="field field-grow">
              <label htmlFor={f('when')}>When reached</label>
              <input id={f('when')} type="date" value={contactedAt} onChange={(e) => setContactedAt(e.target.value)} />
            </div>
          </div>
          <label className="check">
            <input type="checkbox" checked={mayBeNamed} onChange={(e) => setMayBeNamed(e.target.checked)} />
            May be named in the story
          </label>
        </fieldset>
      )}
      <div className="form-row">
        <div className="field">
          <label htmlFor={f('rating')}>Reliability</label>
          <select id={f('rating')} value={rating} onChange={(e) => setRating(e.target.value as Rating)}>
            <option value="">Not rated</option>
            {RELIABILITY_RATINGS.map((r) => (
              <option key={r} value={r}>
                {RELIABILITY_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor={f('reason')}>Why</label>
          <input id={f('reason')} value={reason} onChange={(e) => setReason(e.target.value)} disabled={!rating} placeholder="a short reason" />
        </div>
      </div>
      <div className="field">
        <label htmlFor={f('notes')}>Notes</label>
        <textarea id={f('notes')} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <FormFooter problem={problem} onCancel={onCancel} busy={busy} busyLabel="Saving…" submitLabel={source ? 'Save source' : 'Add source'} />
    </form>
  );
}
