// The <script> tag the webmaster pastes into every page, with the options the widget reads.
export interface SnippetOptions {
  src: string;
  manifestUrl: string;
  lang: "" | "kk" | "ru" | "en";
  position: "bottom" | "top" | "bottom-left" | "bottom-right";
  floatingButton: boolean;
}

export const DEFAULT_SNIPPET: SnippetOptions = {
  src: "/kelisim/kelisim.js",
  manifestUrl: "/.well-known/privacy-manifest.json",
  lang: "",
  position: "bottom",
  floatingButton: true,
};

const attr = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

export function scriptSnippet(options: SnippetOptions): string {
  const parts = [`src="${attr(options.src)}"`, `data-manifest="${attr(options.manifestUrl)}"`];
  if (options.lang !== "") parts.push(`data-lang="${options.lang}"`);
  if (options.position !== "bottom") parts.push(`data-position="${options.position}"`);
  if (!options.floatingButton) parts.push(`data-floating-button="false"`);
  return `<script ${parts.join(" ")} defer></script>`;
}
