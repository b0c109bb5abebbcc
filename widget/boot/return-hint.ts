// A hint, read synchronously at start, that this browser has a choice stored for the site and so
// will most likely take the returning visitor's light path: kelisim.js then requests kelisim-return.js
// at once, in parallel with the manifest and the IndexedDB read, instead of after the read (which on
// a cheap phone is tens of milliseconds). Only a hint: it decides what is fetched early, never what is
// released — kelisim-return.js still checks the stored record and the cached verdict, and goes the
// full way when they do not hold. A wrong hint costs one early download of that 3 KiB chunk.
export const RETURN_HINT_KEY = "kelisim.returning";

export function hintedReturning(): boolean {
  try {
    return localStorage.getItem(RETURN_HINT_KEY) !== null;
  } catch {
    return false;
  }
}

/** Set by the full engine when it keeps a verdict, cleared when it finds no choice stored. */
export function setReturnHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(RETURN_HINT_KEY, "1");
    else localStorage.removeItem(RETURN_HINT_KEY);
  } catch {
    // Storage blocked: the light path simply starts after the IndexedDB read.
  }
}
