// The optional first-party cookie mirror (`data-server-cookie`) so the school's server can honour the
// visitor's `ip` choice in its logs without running JavaScript.
//
// Format (value of the cookie named `kelisim`): one `<category>-<0|1>` item per offered category,
// joined by dots, in offer order, e.g. `kelisim=necessary-1.ip-0.analytics-1`. Category ids match
// `^[a-z][a-z0-9-]*$`, so the last hyphen always separates the id from its flag, and the value
// needs no escaping in a cookie.

export const SERVER_COOKIE_NAME = "kelisim";

export function formatConsentCookie(choices: Record<string, boolean>): string {
  return Object.entries(choices)
    .map(([id, granted]) => `${id}-${granted ? 1 : 0}`)
    .join(".");
}

export function parseConsentCookie(value: string): Record<string, boolean> {
  const choices: Record<string, boolean> = {};
  for (const item of value.split(".")) {
    const match = /^([a-z][a-z0-9-]*)-([01])$/.exec(item);
    if (match?.[1] !== undefined) choices[match[1]] = match[2] === "1";
  }
  return choices;
}
