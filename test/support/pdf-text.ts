// The text of each page of a PDF (Chromium's page.pdf output), via pdf.js in Node: lets print tests
// ask what is on page 1 rather than how the layout looked before printing.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** One string per page, whitespace collapsed to single spaces. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
    pages.push(collapseSpaces(text));
  }
  await document.destroy();
  return pages;
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
