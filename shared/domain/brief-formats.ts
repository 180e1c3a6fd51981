/**
 * The formats a brief can be exported in. One list for the contract, the CLI's --format and the
 * export dialog, so they offer the same choices.
 */
export const BRIEF_FORMATS = ['md', 'html', 'pdf', 'docx', 'claimreview', 'annotations', 'bundle'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

/** File extension and MIME type of each format, for file names and downloads. */
export const BRIEF_FORMAT_FILES: Record<BriefFormat, { extension: string; mimeType: string; label: string }> = {
  md: { extension: 'md', mimeType: 'text/markdown; charset=utf-8', label: 'Markdown' },
  html: { extension: 'html', mimeType: 'text/html; charset=utf-8', label: 'HTML' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf', label: 'PDF' },
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word (DOCX)' },
  claimreview: { extension: 'claimreview.jsonld', mimeType: 'application/ld+json', label: 'ClaimReview JSON-LD' },
  annotations: { extension: 'annotations.jsonld', mimeType: 'application/ld+json', label: 'Web Annotation JSON-LD' },
  bundle: { extension: 'zip', mimeType: 'application/zip', label: 'Evidence bundle (.zip)' },
};
