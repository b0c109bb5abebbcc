// What happens in the page after the choice changed (locally or in another tab): Consent Mode
// update, cookies of withdrawn categories deleted, the server cookie mirror, the DOM event.
import type { ConsentRecord } from "../../shared/consent/record.ts";
import { formatConsentCookie, SERVER_COOKIE_NAME } from "../../shared/consent/server-cookie.ts";
import type { PrivacyManifest } from "../../shared/manifest/types.ts";
import { pushConsentUpdate } from "./consent-mode.ts";
import { deleteCookies } from "./cookies.ts";
import { env, guard } from "./env.ts";

export const CHANGE_EVENT = "kelisim:change";

export function withdrawnCategories(
  before: Record<string, boolean>,
  after: Record<string, boolean>,
): string[] {
  return Object.keys(before).filter((id) => before[id] === true && after[id] !== true);
}

/** Cookie names (wildcards allowed) the manifest files under the given categories. */
export function cookiePatterns(manifest: PrivacyManifest | null, categories: readonly string[]): string[] {
  return (manifest?.technologies ?? [])
    .filter((tech) => tech.kind === "cookie" && tech.name && categories.includes(tech.category))
    .map((tech) => tech.name as string);
}

export function writeServerCookie(doc: Document, record: ConsentRecord): void {
  const maxAge = Math.max(0, Math.floor((Date.parse(record.expires) - env.now()) / 1000));
  const secure = doc.location.protocol === "https:" ? "; secure" : "";
  doc.cookie = `${SERVER_COOKIE_NAME}=${formatConsentCookie(record.choices)}; path=/; max-age=${maxAge}; samesite=lax${secure}`;
}

export interface ChangeEffects {
  doc: Document;
  manifest: PrivacyManifest | null;
  record: ConsentRecord;
  before: Record<string, boolean>;
  serverCookie: boolean;
}

/** Returns the withdrawn categories. Each step is guarded: one failure must not skip the others. */
export function applyChangeEffects(effects: ChangeEffects): string[] {
  const { doc, record } = effects;
  const withdrawn = withdrawnCategories(effects.before, record.choices);
  guard("consent-mode", () => pushConsentUpdate(globalThis as { dataLayer?: unknown[] }, record.choices));
  guard("cookies", () => deleteCookies(doc, cookiePatterns(effects.manifest, withdrawn)));
  if (effects.serverCookie) guard("server-cookie", () => writeServerCookie(doc, record));
  guard("event", () => doc.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: record })));
  return withdrawn;
}
