// Placeholders for gated iframes (`<iframe data-consent="ip" data-src=…>`). The iframe is moved into a
// wrapper whose shadow root has no <slot> while it is blocked — so the empty frame is not drawn
// whatever the host CSS says — and shows the placeholder instead, sized like the embed so nothing
// jumps. When the engine marks it released, the shadow root shows a <slot> and the iframe appears.
import { render } from "preact";
import type { Language, PrivacyManifest } from "../../shared/manifest/types.ts";
import type { Engine } from "../contract.ts";
import { manifestText, regionName, t } from "./i18n.ts";
import placeholderCss from "./placeholder.css?inline";
import { adoptStyles } from "./sheet.ts";

const STATE = "data-kelisim-state";
const GATED = "iframe[data-consent]";

interface Wrapped {
  iframe: HTMLIFrameElement;
  host: HTMLElement;
  container: HTMLElement;
}

function hostOf(src: string): string {
  try {
    return new URL(src, location.href).hostname;
  } catch {
    return "";
  }
}

function domainMatches(host: string, pattern: string): boolean {
  const bare = pattern.startsWith("*.") ? pattern.slice(2) : pattern;
  return host === bare || host.endsWith(`.${bare}`);
}

/** Provider name and country for an embed, from the manifest's technologies, else its host name. */
export function describeEmbed(src: string, manifest: PrivacyManifest | null, lang: Language) {
  const host = hostOf(src);
  const tech = manifest?.technologies?.find((candidate) =>
    (candidate.domains ?? []).some((pattern) => domainMatches(host, pattern)),
  );
  const provider = manifestText(tech?.provider, lang, manifest) || host || src;
  const country = tech?.country ? ` (${regionName(tech.country, lang)})` : "";
  return { provider, country };
}

function dimension(value: string, fallback: number): string {
  if (/^\d+(\.\d+)?$/.test(value)) return `${value}px`;
  if (/^\d+(\.\d+)?(px|%|em|rem|vw|vh)$/.test(value)) return value;
  return `${fallback}px`;
}

function sizeSheet(iframe: HTMLIFrameElement): string {
  // The rendered box (border included) is what the page laid out; the attributes are the fallback
  // for an iframe that is not rendered yet.
  const rect = iframe.getBoundingClientRect();
  const width = rect.width > 0 ? `${rect.width}px` : dimension(iframe.getAttribute("width") ?? "", 300);
  const height = rect.height > 0 ? `${rect.height}px` : dimension(iframe.getAttribute("height") ?? "", 150);
  return `:host(:not([${STATE}="released"])){width:${width}!important;height:${height}!important}`;
}

export function watchPlaceholders(engine: Engine): void {
  const wrapped = new Map<HTMLIFrameElement, Wrapped>();

  const paintOne = ({ iframe, host, container }: Wrapped) => {
    const state = engine.getState();
    const lang = state.language;
    const released = iframe.getAttribute(STATE) === "released";
    const shown = released ? "released" : "blocked";
    // Only on change: our MutationObserver watches this attribute and would loop otherwise.
    if (host.getAttribute(STATE) !== shown) host.setAttribute(STATE, shown);
    if (released) {
      render(<slot />, container);
      return;
    }
    const category = iframe.dataset.consent ?? "";
    const { provider, country } = describeEmbed(iframe.dataset.src ?? iframe.src, state.manifest, lang);
    render(
      <div class="k-embed" lang={lang}>
        <strong>{t("embed.title", lang, { provider })}</strong>
        <p>{t("embed.body", lang, { provider, country })}</p>
        <div>
          <button type="button" data-action="load-once" onClick={() => engine.releaseOnce(iframe)}>
            {t("embed.once", lang)}
          </button>
          <button
            type="button"
            data-action="always-allow"
            onClick={() => {
              engine.set({ [category]: true }, "custom").catch((error: unknown) => console.warn(error));
            }}
          >
            {t("embed.always", lang)}
          </button>
        </div>
      </div>,
      container,
    );
  };

  const wrap = (iframe: HTMLIFrameElement) => {
    if (wrapped.has(iframe) || iframe.getAttribute(STATE) !== "blocked" || iframe.parentNode === null) return;
    // A literal srcdoc has run already (the engine warns); moving the iframe would run it again.
    if (iframe.hasAttribute("srcdoc")) return;
    const host = document.createElement("kelisim-embed");
    const root = host.attachShadow({ mode: "open" });
    adoptStyles(root, placeholderCss, sizeSheet(iframe));
    const container = document.createElement("div");
    container.className = "k-embed-root";
    root.append(container);
    iframe.before(host);
    host.append(iframe);
    const entry = { iframe, host, container };
    wrapped.set(iframe, entry);
    paintOne(entry);
  };

  const scan = () => {
    for (const iframe of document.querySelectorAll<HTMLIFrameElement>(GATED)) {
      const entry = wrapped.get(iframe);
      if (entry) paintOne(entry);
      else wrap(iframe);
    }
  };

  new MutationObserver(scan).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: [STATE],
  });
  engine.subscribe(() => {
    for (const entry of wrapped.values()) paintOne(entry);
  });
  scan();
}
