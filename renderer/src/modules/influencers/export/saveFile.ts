/**
 * Saves a file the way the browser downloads: in browser mode to the downloads folder, in the
 * desktop app through Electron's download handling (its save dialog). The desktop bridge has
 * no save-file call, and a download needs none.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has read the blob by the time the next tasks run; a minute is generous.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
