import { useRequestBriefExport, type BriefRequest } from './export-brief-request';

interface Props {
  request: BriefRequest;
  /** What the button reads as to a screen reader, starting with its visible words and naming what is exported ("Export brief of “Landmines”"). */
  label: string;
  className?: string;
}

/** "Export brief" for one story or claim: opens the dialog with that scope chosen. Nothing outside the desk. */
export function ExportBriefButton({ request, label, className = 'button button-quiet' }: Props) {
  const requestBrief = useRequestBriefExport();
  if (!requestBrief) return null;
  return (
    <button type="button" className={className} aria-label={label} onClick={() => requestBrief(request)}>
      Export brief
    </button>
  );
}
