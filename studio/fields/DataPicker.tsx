// The searchable picker over the taxonomy's data categories: one search box that matches the kk, ru
// and en labels at once (a webmaster may think of "ЖСН", "ИИН" or "national ID"), grouped as the
// taxonomy groups them, with special and elevated categories marked and what that asks of the school.
import { useId, useState } from "preact/hooks";
import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import { DATA_CATEGORIES, DATA_CATEGORY_GROUP_IDS } from "../../shared/taxonomy/ids.ts";
import { taxonomyEntry, taxonomyLabel } from "../../shared/taxonomy/label.ts";
import { useText, useUiLanguage } from "../i18n/use-text.ts";

const fold = (text: string) => text.toLocaleLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");

function matches(id: string, query: string): boolean {
  if (query === "") return true;
  const entry = taxonomyEntry("data", id);
  const haystack = [id, entry?.labels.kk, entry?.labels.ru, entry?.labels.en].filter(Boolean).join(" ");
  return fold(haystack).includes(query);
}

export function DataPicker(props: {
  path: string;
  manifest: PrivacyManifest;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}) {
  const say = useText();
  const lang = useUiLanguage();
  const id = useId();
  const [query, setQuery] = useState("");
  const folded = fold(query.trim());
  const declaredCustom = (props.manifest.customCategories ?? []).map((entry) => entry.id);
  // Ids chosen that are neither the taxonomy's nor declared custom ones (an imported manifest with
  // a typo or an old id): shown with them, so they can be seen, reached from the review and unticked.
  const unknown = props.selected.filter(
    (value) => !declaredCustom.includes(value) && !DATA_CATEGORIES.some(([dataId]) => dataId === value),
  );
  const custom = [...declaredCustom, ...unknown];
  const toggle = (dataId: string, on: boolean) => {
    const rest = props.selected.filter((value) => value !== dataId);
    props.onChange(on ? [...rest, dataId] : rest);
  };
  const visibleCount = DATA_CATEGORIES.filter(([dataId]) => matches(dataId, folded)).length;
  return (
    <fieldset class="field data-picker" data-path={props.path}>
      <legend>{say("data.legend")}</legend>
      <p class="hint">{say("data.chosen", { count: props.selected.length })}</p>
      <label for={`${id}-search`}>{say("data.search")}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        aria-describedby={`${id}-count`}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p class="hint" id={`${id}-count`} aria-live="polite">
        {say("data.matches", { count: visibleCount })}
      </p>
      {DATA_CATEGORY_GROUP_IDS.map((group) => {
        const entries = DATA_CATEGORIES.filter(([dataId, g]) => g === group && matches(dataId, folded));
        if (entries.length === 0) return null;
        return (
          <fieldset class="data-group" key={group}>
            <legend>{taxonomyLabel("group", group, lang)}</legend>
            <ul class="choice-list">
              {entries.map(([dataId, , sensitivity]) => {
                const inputId = `${id}-${dataId}`;
                const marked = sensitivity !== "standard";
                return (
                  <li key={dataId}>
                    <input
                      type="checkbox"
                      id={inputId}
                      checked={props.selected.includes(dataId)}
                      data-path={`${props.path}/${dataId}`}
                      aria-describedby={marked ? `${inputId}-hint` : undefined}
                      onChange={(event) => toggle(dataId, event.currentTarget.checked)}
                    />
                    <label for={inputId}>
                      {taxonomyLabel("data", dataId, lang)}
                      {marked && (
                        <span class={`badge ${sensitivity}`}> {say(`data.badge.${sensitivity}`)}</span>
                      )}
                    </label>
                    {marked && (
                      <p class="hint" id={`${inputId}-hint`}>
                        {say(`data.law.${sensitivity}`)}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
      {custom.length > 0 && (
        <fieldset class="data-group">
          <legend>{say("data.customGroup")}</legend>
          <ul class="choice-list">
            {custom.map((dataId) => (
              <li key={dataId}>
                <input
                  type="checkbox"
                  id={`${id}-${dataId}`}
                  checked={props.selected.includes(dataId)}
                  data-path={`${props.path}/${dataId}`}
                  onChange={(event) => toggle(dataId, event.currentTarget.checked)}
                />
                <label for={`${id}-${dataId}`}>
                  {unknown.includes(dataId) ? (
                    <>
                      <code>{dataId}</code> <span class="badge">{say("data.unknown")}</span>
                    </>
                  ) : (
                    taxonomyLabel("data", dataId, lang, props.manifest)
                  )}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </fieldset>
  );
}
