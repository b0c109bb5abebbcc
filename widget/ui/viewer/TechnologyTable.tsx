// Cookies and similar technologies, one table per consent category, and the third parties that
// receive data through the pages.
import { commonText } from "../../../shared/i18n/common.ts";
import type { ManifestView } from "../../../shared/manifest/view-types.ts";
import { viewerText } from "./catalog-viewer.ts";
import { country } from "./parts.tsx";

export function TechnologySection({ view }: { view: ManifestView }) {
  const lang = view.lang;
  const groups = view.technologies.filter((group) => group.technologies.length > 0);
  if (groups.length === 0) return null;
  const v = (key: Parameters<typeof viewerText>[0]) => viewerText(key, lang);
  return (
    <section class="kv-section" aria-labelledby="kv-tech">
      <h3 id="kv-tech">{commonText("section.technologies", lang)}</h3>
      {groups.map((group) => (
        <div key={group.category.id} class="kv-table-wrap">
          <table>
            <caption>
              {group.category.label}
              {group.category.description !== null && (
                <span class="kv-muted"> — {group.category.description}</span>
              )}
            </caption>
            <thead>
              <tr>
                <th scope="col">{v("col.name")}</th>
                <th scope="col">{v("col.kind")}</th>
                <th scope="col">{v("col.provider")}</th>
                <th scope="col">{v("col.purpose")}</th>
                <th scope="col">{v("col.lifetime")}</th>
              </tr>
            </thead>
            <tbody>
              {group.technologies.map((tech) => (
                <tr key={tech.id}>
                  <td>
                    {tech.name ?? tech.domains.join(", ")}
                    <div class="kv-muted">{tech.partyLabel}</div>
                  </td>
                  <td>{tech.kindLabel}</td>
                  <td>
                    {tech.provider ?? ""}
                    {tech.country !== null && ` (${country(tech.country)})`}
                  </td>
                  <td>{tech.purpose ?? ""}</td>
                  <td>{tech.lifetime ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

export function ThirdPartySection({ view }: { view: ManifestView }) {
  const lang = view.lang;
  if (view.thirdParties.length === 0) return null;
  return (
    <section class="kv-section" aria-labelledby="kv-third">
      <h3 id="kv-third">{commonText("section.thirdParties", lang)}</h3>
      <div class="kv-table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{viewerText("col.name", lang)}</th>
              <th scope="col">{viewerText("col.country", lang)}</th>
              <th scope="col">{commonText("thirdParties.domains", lang)}</th>
            </tr>
          </thead>
          <tbody>
            {view.thirdParties.map((recipient) => (
              <tr key={recipient.id}>
                <td>
                  {recipient.label}
                  <div class="kv-muted">{recipient.roleLabel ?? recipient.kindLabel}</div>
                </td>
                <td>{country(recipient.country)}</td>
                <td>{recipient.domains.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
