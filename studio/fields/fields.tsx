// The studio's form controls. Every control carries `data-path`, the JSON Pointer of the manifest
// field it edits, so a validator issue can take the webmaster straight to the field it is about.
import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import type { Language, Text } from "../../shared/manifest/types.ts";
import { LANGUAGE_NAMES } from "../../widget/boot/language.ts";
import { useText } from "../i18n/use-text.ts";
import { textIn, withLanguage } from "../state/edit.ts";

function Hint({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <p class="hint" id={id}>
      {children}
    </p>
  );
}

export interface TextFieldProps {
  label: string;
  path: string;
  value: Text | undefined;
  languages: readonly Language[];
  defaultLanguage: Language;
  onChange: (value: Text | undefined) => void;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
}

/** A text the manifest holds per language: one input for each of the manifest's languages. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const say = useText();
  const languages = props.languages.length > 0 ? props.languages : [props.defaultLanguage];
  return (
    <fieldset class="field text-field" data-path={props.path}>
      <legend>
        {props.label}
        {props.required && <span class="required"> ({say("field.required")})</span>}
      </legend>
      {props.hint !== undefined && <Hint id={`${id}-hint`}>{props.hint}</Hint>}
      {languages.map((lang) => {
        const value = textIn(props.value, lang, props.defaultLanguage);
        const update = (next: string) =>
          props.onChange(withLanguage(props.value, lang, next, props.defaultLanguage));
        const common = {
          id: `${id}-${lang}`,
          lang,
          value,
          "data-path": `${props.path}/${lang}`,
          "aria-describedby": props.hint !== undefined ? `${id}-hint` : undefined,
          onInput: (event: Event) => update((event.currentTarget as HTMLInputElement).value),
        };
        return (
          <div class="lang-input" key={lang}>
            {/* The field's own name too: a form list or a label read alone says more than "Қазақша". */}
            <label for={`${id}-${lang}`}>
              <span class="visually-hidden">{props.label}: </span>
              {LANGUAGE_NAMES[lang]}
            </label>
            {props.multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
          </div>
        );
      })}
    </fieldset>
  );
}

export interface StringFieldProps {
  label: string;
  path: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  hint?: string;
  type?: "text" | "email" | "tel" | "url" | "date";
  required?: boolean;
  placeholder?: string;
  autocomplete?: string;
  multiline?: boolean;
}

export function StringField(props: StringFieldProps) {
  const id = useId();
  const say = useText();
  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).value;
    props.onChange(next === "" ? undefined : next);
  };
  const common = {
    id,
    value: props.value ?? "",
    "data-path": props.path,
    placeholder: props.placeholder,
    "aria-describedby": props.hint !== undefined ? `${id}-hint` : undefined,
    onInput,
  };
  return (
    <div class="field">
      <label for={id}>
        {props.label}
        {props.required && <span class="required"> ({say("field.required")})</span>}
      </label>
      {props.hint !== undefined && <Hint id={`${id}-hint`}>{props.hint}</Hint>}
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input
          type={(props.type ?? "text") as "text"}
          autocomplete={props.autocomplete ?? "off"}
          {...common}
        />
      )}
    </div>
  );
}

export interface NumberFieldProps {
  label: string;
  path: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  hint?: string;
  min?: number;
  max?: number;
}

export function NumberField(props: NumberFieldProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.hint !== undefined && <Hint id={`${id}-hint`}>{props.hint}</Hint>}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={props.value ?? ""}
        data-path={props.path}
        aria-describedby={props.hint !== undefined ? `${id}-hint` : undefined}
        onInput={(event) => {
          const raw = event.currentTarget.value;
          const next = Number(raw);
          props.onChange(raw === "" || !Number.isFinite(next) ? undefined : next);
        }}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  path: string;
  value: string | undefined;
  options: readonly Option[];
  onChange: (value: string | undefined) => void;
  hint?: string;
  /** label of the "nothing chosen" entry; absent when a value is required */
  emptyLabel?: string;
}

export function SelectField(props: SelectFieldProps) {
  const id = useId();
  const known = props.value === undefined || props.options.some((option) => option.value === props.value);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.hint !== undefined && <Hint id={`${id}-hint`}>{props.hint}</Hint>}
      <select
        id={id}
        data-path={props.path}
        aria-describedby={props.hint !== undefined ? `${id}-hint` : undefined}
        onChange={(event) => {
          const next = event.currentTarget.value;
          props.onChange(next === "" ? undefined : next);
        }}
      >
        {(props.emptyLabel !== undefined || props.value === undefined) && (
          <option value="" selected={props.value === undefined}>
            {props.emptyLabel ?? "—"}
          </option>
        )}
        {!known && props.value !== undefined && (
          <option value={props.value} selected>
            {props.value}
          </option>
        )}
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField(props: {
  label: string;
  path: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div class="field check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        data-path={props.path}
        aria-describedby={props.hint !== undefined ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      {props.hint !== undefined && <Hint id={`${id}-hint`}>{props.hint}</Hint>}
    </div>
  );
}

export interface ChoiceOption {
  id: string;
  label: string;
  hint?: string;
  badge?: string;
}

/** A set of ids chosen with checkboxes (audiences of an activity, its purposes, the rights…). */
export function ChoiceList(props: {
  legend: string;
  path: string;
  options: readonly ChoiceOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  hint?: string;
  empty?: string;
}) {
  const id = useId();
  // Ids in the manifest that are not among the options (e.g. imported) stay visible and removable.
  const extra = props.selected
    .filter((value) => !props.options.some((option) => option.id === value))
    .map((value): ChoiceOption => ({ id: value, label: value }));
  const options: ChoiceOption[] = [...props.options, ...extra];
  return (
    <fieldset class="field choices" data-path={props.path}>
      <legend>{props.legend}</legend>
      {props.hint !== undefined && <Hint id={`${id}-hint`}>{props.hint}</Hint>}
      {options.length === 0 && props.empty !== undefined && <p class="hint">{props.empty}</p>}
      <ul class="choice-list">
        {options.map((option, index) => {
          const inputId = `${id}-${index}`;
          const checked = props.selected.includes(option.id);
          return (
            <li key={option.id}>
              <input
                type="checkbox"
                id={inputId}
                value={option.id}
                checked={checked}
                data-path={`${props.path}/${option.id}`}
                aria-describedby={option.hint !== undefined ? `${inputId}-hint` : undefined}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  const rest = props.selected.filter((value) => value !== option.id);
                  props.onChange(on ? [...rest, option.id] : rest);
                }}
              />
              <label for={inputId}>
                {option.label}
                {option.badge !== undefined && <span class="badge"> {option.badge}</span>}
              </label>
              {option.hint !== undefined && (
                <p class="hint" id={`${inputId}-hint`}>
                  {option.hint}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** A list of manifest objects (recipients, activities…): each in its own titled group, removable. */
export function ItemList<T>(props: {
  title: string;
  path: string;
  items: readonly T[];
  itemTitle: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ComponentChildren;
  onAdd?: () => void;
  addLabel?: string;
  onRemove: (index: number) => void;
  removeLabel: (title: string) => string;
  empty?: string;
}) {
  // Focus follows the list's change: to the new item's first field after "Add" (it appears above the
  // button, unannounced otherwise), and to the list's heading after "Remove" (the button is gone).
  const section = useRef<HTMLElement>(null);
  const moved = useRef<"added" | "removed" | null>(null);
  useEffect(() => {
    const root = section.current;
    const change = moved.current;
    moved.current = null;
    if (root === null || change === null) return;
    if (change === "added") {
      const items = root.querySelectorAll(":scope > fieldset.item");
      items[items.length - 1]?.querySelector<HTMLElement>("input, select, textarea, button")?.focus();
    } else root.querySelector<HTMLElement>(":scope > h3")?.focus();
  }, [props.items.length]);
  return (
    <section class="item-list" data-path={props.path} ref={section}>
      <h3 tabIndex={-1}>{props.title}</h3>
      {props.items.length === 0 && props.empty !== undefined && <p class="hint">{props.empty}</p>}
      {props.items.map((item, index) => {
        const title = props.itemTitle(item, index);
        return (
          <fieldset class="item" key={index} data-path={`${props.path}/${index}`}>
            <legend>{title}</legend>
            {props.renderItem(item, index)}
            <button
              type="button"
              class="remove"
              onClick={() => {
                moved.current = "removed";
                props.onRemove(index);
              }}
            >
              {props.removeLabel(title)}
            </button>
          </fieldset>
        );
      })}
      {props.onAdd !== undefined && (
        <button
          type="button"
          class="add"
          onClick={() => {
            moved.current = "added";
            props.onAdd?.();
          }}
        >
          {props.addLabel}
        </button>
      )}
    </section>
  );
}

export function StepIntro({ children }: { children: ComponentChildren }) {
  return <div class="intro">{children}</div>;
}

/** A list of short strings, one per line (origins, domains). Keeps the raw text while typing. */
export function LinesField(props: {
  label: string;
  path: string;
  value: readonly string[] | undefined;
  onChange: (value: string[]) => void;
  hint?: string;
}) {
  const id = useId();
  const joined = (props.value ?? []).join("\n");
  const [raw, setRaw] = useState(joined);
  const parse = (text: string) =>
    text
      .split(/[\s,]+/)
      .map((line) => line.trim())
      .filter((line) => line !== "");
  // An outside change (import, another step) replaces what is shown; our own typing does not.
  const shown = parse(raw).join("\n") === joined ? raw : joined;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.hint !== undefined && <Hint id={`${id}-hint`}>{props.hint}</Hint>}
      <textarea
        id={id}
        rows={3}
        value={shown}
        data-path={props.path}
        aria-describedby={props.hint !== undefined ? `${id}-hint` : undefined}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setRaw(text);
          props.onChange(parse(text));
        }}
      />
    </div>
  );
}
