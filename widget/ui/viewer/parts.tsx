// Small building blocks of the viewer: links (only mailto:/tel:/https:, with the host shown), labelled
// rows, badges. Everything from the manifest is rendered as text — never as HTML.
import type { ComponentChildren } from "preact";
import type { CountryView, LinkView } from "../../../shared/manifest/view-types.ts";

export function Link({ link }: { link: LinkView | null }) {
  if (link === null) return null;
  if (link.href === null) return <>{link.text}</>;
  return (
    <>
      <a
        href={link.href}
        rel="noopener noreferrer"
        target={link.href.startsWith("https:") ? "_blank" : undefined}
      >
        {link.text}
      </a>
      {link.host !== null && link.host !== link.text && <span class="kv-host"> ({link.host})</span>}
    </>
  );
}

export function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="kv-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Badge({ kind, children }: { kind: string; children: ComponentChildren }) {
  return <span class={`kv-badge kv-${kind}`}>{children}</span>;
}

export function country(view: CountryView | null): string {
  return view === null ? "" : view.name;
}

export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== "")
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </>
  );
}
