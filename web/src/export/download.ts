/**
 * File names and the download itself: an <a download> pointing at a blob: URL (allowed by the CSP, no
 * request leaves the page).
 */

/** "ondermijningsatlas_<part>_<part>…": lower case, accents dropped, anything else but letters and digits as "-". */
export function exportFileName(parts: readonly string[]): string {
  const slug = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return ['ondermijningsatlas', ...parts.map(slug).filter(Boolean)].join('_');
}

export interface ExportFile {
  blob: Blob;
  fileName: string;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file by the time the click has been handled; a minute leaves room for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
