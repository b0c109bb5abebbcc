// Finds gated elements (`data-consent`), marks them `data-kelisim-state="blocked"`, and releases
// them when their category is granted — now, or when they are added later (MutationObserver).
// Scripts are released in document order through one queue; each external script waits for the
// previous one to load or fail, exactly as parser-inserted scripts would.
import { reportOnce } from "./env.ts";
import {
  hasDeferredUrl,
  isExternal,
  isGatedScript,
  releaseUrls,
  runnableScript,
  STATE_ATTR,
} from "./release.ts";

export interface GateRules {
  /** False until the engine knows the manifest and the stored choice. */
  settled(): boolean;
  isDeclared(category: string): boolean;
  isGranted(category: string): boolean;
  /** Whether to warn about undeclared categories (not when the manifest itself failed). */
  warnUndeclared(): boolean;
}

export interface Gate {
  /** Re-checks every gated element (after the state changed). */
  scan(): void;
  /** Releases one element now if its categories are declared, without any choice. */
  releaseOnce(element: Element): void;
  disconnect(): void;
}

/**
 * The attribute of a gated element (not yet seen by us) that the browser acted on before any script
 * could: an iframe's `srcdoc` runs, a <link>'s `href` is fetched (rel=preload and the like).
 */
function loadedBeforeConsent(element: Element): "srcdoc" | "href" | null {
  if (!element.hasAttribute("data-consent") || element.hasAttribute(STATE_ATTR)) return null;
  if (element.hasAttribute("srcdoc")) return "srcdoc";
  return element.localName === "link" && element.hasAttribute("href") ? "href" : null;
}

function categoriesOf(element: Element): string[] {
  return (element.getAttribute("data-consent") ?? "").split(/[\s,]+/).filter(Boolean);
}

export function createGate(doc: Document, rules: GateRules): Gate {
  const handled = new WeakSet<Element>();
  const scriptQueue: HTMLScriptElement[] = [];
  let waitingForLoad = false;

  // "released" is checked too: another engine on the page (an included-twice widget) may have run it.
  function isGated(element: Element): boolean {
    return (
      element.hasAttribute("data-consent") &&
      element.getAttribute(STATE_ATTR) !== "released" &&
      (isGatedScript(element) || hasDeferredUrl(element))
    );
  }

  function pump(): void {
    while (!waitingForLoad) {
      const original = scriptQueue.shift();
      if (!original) return;
      const script = runnableScript(original);
      original.setAttribute(STATE_ATTR, "released");
      if (!original.parentNode) continue;
      if (isExternal(script)) {
        waitingForLoad = true;
        const next = () => {
          waitingForLoad = false;
          pump();
        };
        script.addEventListener("load", next, { once: true });
        script.addEventListener("error", next, { once: true });
      }
      original.after(script);
    }
  }

  function release(element: Element): void {
    if (handled.has(element)) return;
    handled.add(element);
    if (isGatedScript(element)) {
      scriptQueue.push(element);
      pump();
      return;
    }
    releaseUrls(element);
    element.setAttribute(STATE_ATTR, "released");
  }

  function allowed(element: Element, once: boolean): boolean {
    const categories = categoriesOf(element);
    const undeclared = categories.filter((category) => !rules.isDeclared(category));
    if (undeclared.length > 0 || categories.length === 0) {
      if (rules.warnUndeclared()) {
        reportOnce(
          `undeclared:${categories.join(" ")}`,
          "warn",
          `Kelisim: a <${element.localName}> waits for consent category "${categories.join(" ")}", which the manifest does not declare; it will never be released.`,
        );
      }
      return false;
    }
    return once || categories.every((category) => rules.isGranted(category));
  }

  function visit(element: Element): void {
    const literal = loadedBeforeConsent(element);
    if (literal) {
      reportOnce(
        `ungated:${literal}`,
        "warn",
        `Kelisim: a gated <${element.localName}> has a literal ${literal}, which the browser loads before any consent; write data-${literal} instead.`,
      );
    }
    if (!isGated(element) || handled.has(element)) return;
    if (!element.hasAttribute(STATE_ATTR)) element.setAttribute(STATE_ATTR, "blocked");
    if (rules.settled() && allowed(element, false)) release(element);
  }

  function scanWithin(root: ParentNode): void {
    if (root instanceof Element) visit(root);
    for (const element of Array.from(root.querySelectorAll("[data-consent]"))) visit(element);
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) if (node instanceof Element) scanWithin(node);
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  scanWithin(doc);

  return {
    scan: () => scanWithin(doc),
    releaseOnce(element) {
      if (isGated(element) && rules.settled() && allowed(element, true)) release(element);
    },
    disconnect: () => observer.disconnect(),
  };
}
