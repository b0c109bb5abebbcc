// Strings from a manifest are shown to parents as text. Bidi overrides can reorder what they read
// (a "Trojan Source" style trick) and C0 controls have no business in visible text, so free text is
// cleaned and ids/codes that contain them are rejected outright.

// Newline and tab are kept in free text: paragraphs are separated by blank lines.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const FREE_TEXT_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CODE_CONTROLS = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** True when an id or code string contains any C0 control or bidi override/isolate. */
export const hasCodeControls = (value: string): boolean => CODE_CONTROLS.test(value);

/** Removes C0 controls (except newline and tab) and bidi overrides/isolates from free text. */
export const stripControls = (value: string): string => value.replace(FREE_TEXT_CONTROLS, "");

/**
 * Where a manifest link may point when rendered: an `https:` URL, or a same-site path joined to the
 * site's origin. Returns null for anything else (including user-info tricks like
 * `https://school.kz@evil.example`) so callers render plain text instead.
 */
export const linkTarget = (url: string, siteOrigin: string): { href: string; host: string } | null => {
  const absolute = /^https:\/\/([^/?#\s@]+)(?:[/?#]\S*)?$/i.exec(url);
  if (absolute?.[1]) return { href: url, host: absolute[1].toLowerCase() };
  const site = /^https?:\/\/([^/?#\s@]+)$/i.exec(siteOrigin);
  if (site?.[1] && /^\/(?!\/)\S*$/.test(url)) return { href: siteOrigin + url, host: site[1].toLowerCase() };
  return null;
};
