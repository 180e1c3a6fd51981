import { useEffect, useId, useState } from 'react';
import type { Clip } from '../../shared/domain/entities';
import { ModalDialog } from '../dialogs/modal-dialog';
import { readFileAsBase64 } from './clip-file';
import type { ClipRequest } from './clip-job';
import { panelId, tabId, Tabs, type TabDef } from './clip-tabs';
import { ClipStatus } from './clip-status';
import { FileTab } from './file-tab';
import { PasteTab } from './paste-tab';
import { UrlTab } from './url-tab';
import { useClipJob } from './use-clip-job';
import '../styles/clip.css';

export type ClipTab = 'url' | 'file' | 'paste';

const TABS: readonly TabDef<ClipTab>[] = [
  { id: 'url', label: 'Web address' },
  { id: 'file', label: 'File' },
  { id: 'paste', label: 'Paste' },
];

/** A file dropped on the window; a new object each drop, so dropping the same file again clips again. */
export interface DroppedFile {
  file: File;
}

/** A clip the desktop app started itself (File > Import file…, a file handed to the app): the dialog shows its progress. */
export interface AttachedJob {
  jobId: string;
  tab: ClipTab;
  /** What main is clipping (a file's name, an address), shown so the reporter knows what the progress is for. */
  label: string;
}

/** The line that says what an attached job is clipping. */
export function attachedJobLine(job: AttachedJob): string {
  return job.tab === 'url' ? `Clipping ${job.label}` : `Importing “${job.label}”`;
}

interface Props {
  open: boolean;
  tab: ClipTab;
  dropped: DroppedFile | null;
  /** Optional so other callers need not know about it; a new object for each job. */
  attached?: AttachedJob | null;
  onClose: () => void;
  /** A clip was made (the dialog then closes) or found already in the notebook (the dialog stays, to offer a new version). */
  onOpened: (clip: Clip, duplicate: boolean) => void;
}

/** New clip (Ctrl/Cmd+N): from a web address, a file or the clipboard, with progress and cancel. */
export function ClipDialog({ open, tab, dropped, attached = null, onClose, onOpened }: Props) {
  return (
    <ModalDialog open={open} onClose={onClose} title="New clip" description="Capture a web page, a document or pasted text. It is kept as it is now and reads offline.">
      {open && <ClipForm initialTab={tab} dropped={dropped} attached={attached} onOpened={onOpened} />}
    </ModalDialog>
  );
}

function ClipForm({ initialTab, dropped, attached, onOpened }: { initialTab: ClipTab; dropped: DroppedFile | null; attached: AttachedJob | null; onOpened: Props['onOpened'] }) {
  const [tab, setTab] = useState<ClipTab>(initialTab);
  const [problem, setProblem] = useState<{ tab: ClipTab; message: string } | null>(null);
  const job = useClipJob(onOpened);
  const idBase = useId().replace(/:/g, '');
  const errorId = `${idBase}-error`;
  const { start } = job;
  // The job main started, while the dialog still shows it (a clip the reporter starts here replaces it).
  const [following, setFollowing] = useState<AttachedJob | null>(null);

  const clip = (request: ClipRequest | (() => Promise<ClipRequest>)) => {
    setProblem(null);
    setFollowing(null);
    void start(request);
  };
  const clipFile = (file: File) => clip(async () => ({ kind: 'file', request: { name: file.name, dataBase64: await readFileAsBase64(file) } }));

  // A dropped file is clipped at once: dropping it was the reporter's choice.
  const droppedFile = dropped?.file ?? null;
  const [shownDrop, setShownDrop] = useState<DroppedFile | null>(null);
  if (dropped !== shownDrop) {
    setShownDrop(dropped);
    if (dropped) {
      setFollowing(null);
      setTab('file');
      setProblem(null);
    }
  }
  useEffect(() => {
    if (!dropped) return;
    void start(async () => ({ kind: 'file', request: { name: dropped.file.name, dataBase64: await readFileAsBase64(dropped.file) } }));
  }, [dropped, start]);

  const [shownAttached, setShownAttached] = useState<AttachedJob | null>(null);
  if (attached !== shownAttached) {
    setShownAttached(attached);
    setFollowing(attached);
    if (attached) {
      setTab(attached.tab);
      setProblem(null);
    }
  }
  useEffect(() => {
    if (attached) void start({ follow: attached.jobId });
  }, [attached, start]);

  // A failed job of main's is about its file, not about the (empty) field here: the field is not marked invalid.
  const failedHere = (id: ClipTab) => (problem?.tab === id || (job.phase.kind === 'failed' && tab === id && !following) ? errorId : undefined);
  // While main's job runs the forms have nothing to offer (an empty file field beside "Importing …"):
  // they stay mounted but hidden, and come back when it ends, so another file can be picked.
  const formsHidden = following !== null && job.busy;
  const panel = (id: ClipTab) => ({ role: 'tabpanel', id: panelId(idBase, id), 'aria-labelledby': tabId(idBase, id), hidden: tab !== id || formsHidden, className: 'tab-panel' });
  const common = (id: ClipTab) => ({ active: tab === id, busy: job.busy, errorId: failedHere(id), onProblem: (message: string) => setProblem({ tab: id, message }) });

  return (
    <div className="clip-dialog">
      {!formsHidden && <Tabs tabs={TABS} selected={tab} onSelect={setTab} label="Clip from" idBase={idBase} disabled={job.busy} />}
      <div {...panel('url')}>
        <UrlTab {...common('url')} onClip={clip} />
      </div>
      <div {...panel('file')}>
        <FileTab {...common('file')} dropped={droppedFile} onClip={clipFile} />
      </div>
      <div {...panel('paste')}>
        <PasteTab {...common('paste')} onClip={clip} />
      </div>
      {following && (
        <p id={`${idBase}-subject`} className="clip-note">
          {attachedJobLine(following)}
        </p>
      )}
      {problem && problem.tab === tab && !job.busy ? (
        <p id={errorId} role="alert" className="form-error">
          {problem.message}
        </p>
      ) : (
        <ClipStatus phase={job.phase} errorId={errorId} onCancel={job.cancel} onNewVersion={job.newVersion} {...(following ? { subjectId: `${idBase}-subject` } : {})} />
      )}
    </div>
  );
}
