/**
 * Hands a file to the browser as a download (browser mode): base64 from the API to a Blob, then a
 * temporary link with `download`. The object URL is revoked once the browser has taken it.
 */
export function downloadFile(file: { fileName: string; mimeType: string; dataBase64: string }): void {
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
