// privacy.html: the policy rendered once, without JavaScript, for sites that cannot run scripts —
// readable and printable. It is the widget's own policy viewer (no second renderer), rendered here
// into static HTML for each of the manifest's languages, with its stylesheet inlined.
import { h, render } from "preact";
import type { Language, PrivacyManifest } from "../../shared/manifest/types.ts";
import { pickText } from "../../shared/manifest/view-text.ts";
import { LANGUAGE_NAMES } from "../../widget/boot/language.ts";

const TITLES: Record<Language, string> = {
  kk: "Дербес деректер туралы саясат",
  ru: "Политика в отношении персональных данных",
  en: "Privacy policy",
};

const PAGE_CSS = `
body{margin:0;background:#fff}
.k-root{--a:#0b5cad;--at:#fff;--bg:#fff;--fg:#1b1b1b;--mu:#4a4a4a;--bd:#8a8a8a;--r:8px;--fo:#c2410c;
font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);
max-width:60rem;margin:0 auto;padding:1rem;overflow-wrap:break-word;hyphens:auto}
.k-root *{box-sizing:border-box}
.k-root a{color:var(--a)}
.k-root a:focus-visible{outline:3px solid var(--fo);outline-offset:2px}
.k-langs{display:flex;gap:1rem;flex-wrap:wrap;margin:0 0 1rem;padding:0;list-style:none}
.k-lang{border-top:1px solid var(--bd);margin-top:2rem}
@media print{.k-langs{display:none}.k-lang{break-before:page;border:0}}
`;

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** Whole HTML document. `manifest` must be a validated manifest (the review step only offers it then). */
export async function staticPolicyPage(manifest: PrivacyManifest, siteOrigin: string): Promise<string> {
  const [{ PolicyViewer }, { default: viewerCss }] = await Promise.all([
    import("../../widget/ui/viewer/PolicyViewer.tsx"),
    import("../../widget/ui/viewer/viewer.css?inline"),
  ]);
  const languages = manifest.languages;
  const first = languages[0] ?? manifest.defaultLanguage;
  const sections = languages.map((lang) => {
    const container = document.createElement("div");
    render(h(PolicyViewer, { manifest, lang, siteOrigin }), container);
    const body = container.innerHTML;
    render(null, container);
    return `<section class="k-lang" id="${lang}" lang="${lang}" aria-labelledby="title-${lang}">
<h1 id="title-${lang}">${escapeHtml(TITLES[lang])} — ${escapeHtml(pickText(manifest.operator.name, lang, manifest.defaultLanguage))}</h1>
${body}
</section>`;
  });
  const nav =
    languages.length > 1
      ? `<nav aria-label="Тіл / Язык / Language"><ul class="k-langs">${languages
          .map((lang) => `<li><a href="#${lang}" lang="${lang}">${LANGUAGE_NAMES[lang]}</a></li>`)
          .join("")}</ul></nav>`
      : "";
  return `<!doctype html>
<html lang="${first}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(TITLES[first])} — ${escapeHtml(pickText(manifest.operator.name, first, manifest.defaultLanguage))}</title>
<link rel="privacy-manifest" href="/.well-known/privacy-manifest.json">
<style>${PAGE_CSS}${viewerCss}</style>
</head>
<body>
<main class="k-root">
${nav}
${sections.join("\n")}
</main>
</body>
</html>
`;
}
