/** Saves text as a file through the browser's download (nothing leaves the machine). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
