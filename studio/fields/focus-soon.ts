// After a click that removes the clicked control (a button replaced by its result, a deleted row),
// focus would fall to the page's start; this moves it to `selector` once the change is rendered
// (Preact renders in a microtask, so a task later it is there).
export function focusSoon(selector: string): void {
  setTimeout(() => {
    const target = document.querySelector<HTMLElement>(selector);
    const control = target?.matches("input, select, textarea, button, [tabindex]")
      ? target
      : target?.querySelector<HTMLElement>("input, select, textarea, button");
    (control ?? target)?.focus();
  }, 0);
}
