// The first thing the popup says: checking, cannot inspect, no declaration (neutral, never a grade),
// an invalid declaration with the validator's errors, or which declaration was found.
import type { Language } from "../../shared/manifest/types.ts";
import { extensionText } from "../i18n.ts";
import type { Declaration } from "../model.ts";
import { formatDate } from "../ui/format-date.ts";

export function InvalidDeclaration({
  declaration,
  lang,
}: {
  declaration: Extract<Declaration, { state: "invalid" }>;
  lang: Language;
}) {
  return (
    <div class="status status-invalid" data-state="invalid">
      <p>
        <strong>{extensionText("status.invalid", lang)}</strong>
      </p>
      <p>{extensionText("status.invalidExplain", lang)}</p>
      <h2 class="visually-plain">{extensionText("section.errors", lang)}</h2>
      <ul class="issues">
        {declaration.errors.map((issue, index) => (
          <li key={`${issue.path}-${issue.code}-${index}`}>
            {issue.path !== "" ? <code>{issue.path}</code> : null} {issue.message[lang]}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function NoDeclaration({ lang }: { lang: Language }) {
  return (
    <div class="status" data-state="none">
      <p>
        <strong>{extensionText("status.none", lang)}</strong>
      </p>
      <p class="muted">{extensionText("status.noneExplain", lang)}</p>
    </div>
  );
}

export function ValidDeclarationStatus(props: {
  declaration: Extract<Declaration, { state: "valid" }>;
  lang: Language;
}) {
  const { declaration, lang } = props;
  const { manifest } = declaration;
  return (
    <div class="status" data-state="valid">
      <p>
        <strong>
          {extensionText("status.valid", lang, {
            version: manifest.manifestVersion,
            date: formatDate(manifest.published, lang),
          })}
        </strong>
      </p>
      <p class="muted">{extensionText(`status.source.${declaration.source}`, lang)}</p>
      {declaration.warnings.length > 0 ? (
        <p class="muted">{extensionText("status.warnings", lang, { count: declaration.warnings.length })}</p>
      ) : null}
    </div>
  );
}

export function Message({ text, role }: { text: string; role?: "status" | "alert" }) {
  return (
    <div class="status" role={role}>
      <p>{text}</p>
    </div>
  );
}
