// Styles go in as constructable stylesheets: allowed under `style-src 'self'` (no <style> element, no
// style attribute) and untouched by the host page's CSS.
const cache = new Map<string, CSSStyleSheet>();

/** One shared CSSStyleSheet per CSS text, adopted by any number of shadow roots. */
export function sheetFor(css: string): CSSStyleSheet {
  let sheet = cache.get(css);
  if (sheet === undefined) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    cache.set(css, sheet);
  }
  return sheet;
}

export function adoptStyles(root: ShadowRoot, ...css: string[]): void {
  const sheets = css.map(sheetFor).filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (sheets.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}

/** The element that really has focus, looking inside open shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
