// Printing the policy dialog: only the widget's host element and its ancestors are laid out on paper
// (the host page's other content takes no pages). The print styles stay until "afterprint" — on
// Android and in some embedded browsers window.print() returns before anything is printed — or until
// the dialog closes, whichever comes first.
import { sheetFor } from "./sheet.ts";

const MARK = "data-kelisim-print";
const PRINT_CSS = `@media print{body :not([${MARK}]){display:none!important}}`;

let endPrint: (() => void) | null = null;

export function printDialog(host: Element): void {
  stopPrinting();
  const marked: Element[] = [];
  for (let element: Element | null = host; element !== null; element = element.parentElement) {
    element.setAttribute(MARK, "");
    marked.push(element);
  }
  const sheet = sheetFor(PRINT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  endPrint = () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet);
    for (const element of marked) element.removeAttribute(MARK);
    window.removeEventListener("afterprint", stopPrinting);
    endPrint = null;
  };
  window.addEventListener("afterprint", stopPrinting);
  window.print();
}

export function stopPrinting(): void {
  endPrint?.();
}
