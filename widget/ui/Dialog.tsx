// A modal dialog: native <dialog>.showModal() puts it in the top layer (above any z-index the host
// page uses) and makes the page inert; we add what WCAG needs on top: a label, focus moved in and
// kept in, Escape closes through our state, focus returns to where it came from.
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { deepActiveElement } from "./sheet.ts";

const FOCUSABLE = "button,[href],input,select,textarea,summary,[tabindex]:not([tabindex='-1'])";

export interface DialogProps {
  titleId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  wide?: boolean;
  /** Extra controls shown in the header (language switch, print). */
  tools?: ComponentChildren;
  children: ComponentChildren;
}

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.hasAttribute("disabled") && element.getClientRects().length > 0,
  );
}

export function Dialog({ titleId, title, closeLabel, onClose, wide, tools, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const opener = deepActiveElement();
    if (typeof dialog.showModal === "function") {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute("open", "");
    (focusables(dialog)[0] ?? dialog).focus();
    return () => {
      if (typeof dialog.close === "function" && dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== "Tab" || ref.current === null) return;
    const controls = focusables(ref.current);
    const first = controls[0];
    const last = controls[controls.length - 1];
    const active = deepActiveElement();
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      class={wide ? "k-dialog k-panel k-wide" : "k-dialog k-panel"}
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // The browser's own Escape handling would close the element behind our state's back.
        event.preventDefault();
        onClose();
      }}
    >
      <div class="k-dialog-head">
        <h2 id={titleId}>{title}</h2>
        {tools}
        <button type="button" class="k-close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="k-dialog-body">{children}</div>
    </dialog>
  );
}
