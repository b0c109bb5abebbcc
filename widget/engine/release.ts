// How one gated element is turned into the real thing. A `text/plain` script never runs, so it is
// replaced by a fresh <script> with the same attributes (type from `data-type`, the nonce copied
// through the property because browsers hide the attribute). Media, frames and links get their URL
// attributes back from `data-src`, `data-srcset`, `data-href` and `data-srcdoc`, on the element or
// on its <source>/<track> children.

export const STATE_ATTR = "data-kelisim-state";
const SCRIPT_SKIPPED = new Set(["type", "data-type", "data-consent", "data-src", STATE_ATTR, "nonce"]);
const URL_ATTRS = [
  ["data-src", "src"],
  ["data-srcset", "srcset"],
  ["data-href", "href"],
  // An iframe's inline document: a literal `srcdoc` runs as soon as the parser sees it.
  ["data-srcdoc", "srcdoc"],
] as const;
/** Children whose URLs a gated <video>, <audio> or <picture> holds back for it. */
const URL_CHILDREN = "source, track";

export function isGatedScript(element: Element): element is HTMLScriptElement {
  return (
    element.localName === "script" && (element.getAttribute("type") ?? "").toLowerCase() === "text/plain"
  );
}

const holdsUrl = (element: Element) => URL_ATTRS.some(([from]) => element.hasAttribute(from));

/** The element, or one of its <source>/<track> children, waits with a `data-*` URL. */
export function hasDeferredUrl(element: Element): boolean {
  return holdsUrl(element) || Array.from(element.querySelectorAll(URL_CHILDREN)).some(holdsUrl);
}

/** The runnable copy of a gated script; the caller inserts it. */
export function runnableScript(original: HTMLScriptElement): HTMLScriptElement {
  const script = original.ownerDocument.createElement("script");
  for (const attribute of Array.from(original.attributes)) {
    if (!SCRIPT_SKIPPED.has(attribute.name)) script.setAttribute(attribute.name, attribute.value);
  }
  const type = original.getAttribute("data-type");
  if (type) script.type = type;
  if (original.nonce) script.nonce = original.nonce;
  const src = original.getAttribute("src") ?? original.getAttribute("data-src");
  if (src) {
    script.src = src;
    // Inserted scripts are async by default; order is kept by waiting for each load instead.
    script.async = false;
  } else {
    script.text = original.text;
  }
  return script;
}

export function isExternal(script: HTMLScriptElement): boolean {
  return script.hasAttribute("src");
}

/** Restores URL attributes on the element and its <source>/<track> children, then reloads media. */
export function releaseUrls(element: Element): void {
  const targets = [element, ...Array.from(element.querySelectorAll(URL_CHILDREN))];
  for (const target of targets) {
    for (const [from, to] of URL_ATTRS) {
      const value = target.getAttribute(from);
      if (value !== null) {
        target.setAttribute(to, value);
        target.removeAttribute(from);
      }
    }
  }
  if (element instanceof HTMLMediaElement && targets.length > 1) element.load();
}
