/** Offers `text` as a file download; nothing leaves the browser. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The manifest as published: two-space JSON, a final newline. */
export function manifestFileText(manifest: unknown): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
