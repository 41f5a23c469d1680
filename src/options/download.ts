/** Offers text as a file download from an extension page. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "2026-11-28", for file names. */
export const today = () => new Date().toISOString().slice(0, 10);
