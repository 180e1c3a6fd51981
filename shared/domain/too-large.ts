/**
 * The one message for a file over the 15 MB a clip imports, said the same way by the contract, the
 * clip pipeline, the desktop's File > Import, the Clip dialog and the CLI. The size is rounded UP to a
 * tenth: a file just over the limit must not read "15.0 MB; at most 15 MB".
 */
export function megabytesUp(bytes: number): string {
  return `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
}

/** `label` as the caller shows the file: quoted name, or a path. */
export function tooLargeToClip(label: string, bytes: number): string {
  return `${label} is ${megabytesUp(bytes)}; one clip imports at most 15 MB. Split the document, or clip the part you need.`;
}
