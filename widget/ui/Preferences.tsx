// The second layer: one switch per consent category with what it covers — the data (category
// description), the services with their countries, the cookies with their lifetimes — all from
// the manifest. Nothing is stored until "Save"; "Cancel" and Escape discard the draft.
import { useState } from "preact/hooks";
import type { Language, PrivacyManifest, Technology } from "../../shared/manifest/types.ts";
import type { EngineState, OfferedCategory } from "../contract.ts";
import { Dialog } from "./Dialog.tsx";
import { categoryAbout, categoryLabel, lifetime, manifestText, regionName, t } from "./i18n.ts";

const STORAGE_KINDS = new Set(["cookie", "local-storage", "session-storage", "indexeddb"]);

export interface PreferencesProps {
  state: EngineState;
  lang: Language;
  onSave: (choices: Record<string, boolean>) => void;
  onClose: () => void;
}

function services(technologies: Technology[], lang: Language, manifest: PrivacyManifest | null): string[] {
  const names = technologies
    .filter((tech) => !tech.firstParty || !STORAGE_KINDS.has(tech.kind))
    .map((tech) => {
      const provider = manifestText(tech.provider, lang, manifest) || tech.name || tech.domains?.[0] || "";
      return provider && tech.country ? `${provider} (${regionName(tech.country, lang)})` : provider;
    });
  return [...new Set(names.filter((name) => name !== ""))];
}

function CategoryItem(props: {
  category: OfferedCategory;
  checked: boolean;
  lang: Language;
  manifest: PrivacyManifest | null;
  onToggle: (value: boolean) => void;
}) {
  const { category, lang, manifest } = props;
  const id = `kelisim-cat-${category.id}`;
  const about = categoryAbout(category, lang, manifest);
  const serviceNames = services(category.technologies, lang, manifest);
  const stored = category.technologies.filter((tech) => STORAGE_KINDS.has(tech.kind) && tech.name);
  return (
    <li class="k-cat" data-category={category.id}>
      <div class="k-cat-head">
        <label for={id}>{categoryLabel(category, lang, manifest)}</label>
        <input
          id={id}
          class="k-switch"
          type="checkbox"
          role="switch"
          checked={props.checked}
          aria-checked={props.checked}
          disabled={category.required}
          aria-describedby={`${id}-about`}
          onChange={(event) => props.onToggle((event.currentTarget as HTMLInputElement).checked)}
        />
      </div>
      <p id={`${id}-about`} class="k-muted">
        {category.required ? `${t("prefs.alwaysOn", lang)}. ` : ""}
        {about}
      </p>
      {!category.required && serviceNames.length === 0 && <p class="k-muted">{t("prefs.none", lang)}</p>}
      {serviceNames.length > 0 && (
        <>
          <h3>{t("prefs.services", lang)}</h3>
          <ul class="k-muted">
            {serviceNames.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {stored.length > 0 && (
        <>
          <h3>{t("prefs.cookies", lang)}</h3>
          <ul class="k-muted">
            {stored.map((tech) => (
              <li key={tech.id}>
                <code>{tech.name}</code>
                {tech.maxAgeSeconds !== undefined && ` — ${lifetime(tech.maxAgeSeconds, lang)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

export function Preferences({ state, lang, onSave, onClose }: PreferencesProps) {
  const [draft, setDraft] = useState<Record<string, boolean>>(() => ({ ...state.choices }));
  const optionalChoices = () => {
    const choices: Record<string, boolean> = {};
    for (const category of state.categories)
      if (!category.required) choices[category.id] = draft[category.id] === true;
    return choices;
  };
  return (
    <Dialog
      titleId="kelisim-prefs-title"
      title={t("prefs.title", lang)}
      closeLabel={t("action.close", lang)}
      onClose={onClose}
    >
      <div data-kelisim-view="preferences" lang={lang}>
        <p>{t("prefs.intro", lang)}</p>
        {!state.persistent && <p class="k-muted">{t("prefs.memoryOnly", lang)}</p>}
        <ul class="k-cats">
          {state.categories.map((category) => (
            <CategoryItem
              key={category.id}
              category={category}
              checked={category.required || draft[category.id] === true}
              lang={lang}
              manifest={state.manifest}
              onToggle={(value) => setDraft({ ...draft, [category.id]: value })}
            />
          ))}
        </ul>
        {state.record && (
          // The id the receipts service keeps: a visitor can quote it in a request or a complaint.
          <p class="k-muted" data-kelisim-receipt>
            {t("prefs.receipt", lang)} <code>{state.record.receiptId}</code>
          </p>
        )}
        <div class="k-actions">
          <button type="button" class="k-btn" data-action="save" onClick={() => onSave(optionalChoices())}>
            {t("action.save", lang)}
          </button>
          <button type="button" class="k-btn k-quiet" data-action="cancel" onClick={onClose}>
            {t("action.cancel", lang)}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
