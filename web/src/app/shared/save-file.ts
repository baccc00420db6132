/** Hands bytes to the browser as a download with the given file name (no new window, nothing kept). */
export function saveFile(
  document: Document,
  bytes: Uint8Array<ArrayBuffer>,
  fileName: string,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the download start before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
