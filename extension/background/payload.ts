// Payloads from the content script come from a page we do not trust: every field is type-checked and
// size-capped here before anything else reads it. Extension pages get the same treatment (cheap, and it
// keeps handlers free of defensive code).
import { isLanguage } from "../../shared/i18n/negotiate.ts";
import type {
  ConsentSnapshot,
  ManifestCandidate,
  ObservedResource,
  PageObservation,
  Settings,
} from "../model.ts";

const MAX_LIST = 1_000;
const MAX_NAME = 256;
const MAX_URL = 2_048;
/** The validator enforces 512 KiB; a little slack so its own "too large" message is what the user sees. */
const MAX_TEXT = 600 * 1024;
const SOURCES = new Set(["link", "widget-script", "inline", "well-known"]);
const FAILURES = new Set(["timeout", "too-large", "network", "http", "cross-origin"]);
const HOST = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:.]+\]$/i;

export class PayloadError extends Error {}

function fail(what: string): never {
  throw new PayloadError(`invalid payload: ${what}`);
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(what);
  return value as Record<string, unknown>;
}

function string(value: unknown, what: string, max: number): string {
  if (typeof value !== "string" || value.length > max) fail(what);
  return value;
}

function httpUrl(value: unknown, what: string): string {
  const text = string(value, what, MAX_URL);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fail(what);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") fail(what);
  return url.href;
}

function names(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.length > MAX_LIST) fail(what);
  return value.map((item) => string(item, what, MAX_NAME));
}

export function tabIdPayload(value: unknown): { tabId: number } {
  const tabId = object(value, "payload").tabId;
  if (typeof tabId !== "number" || !Number.isInteger(tabId) || tabId < 0) fail("tabId");
  return { tabId };
}

function candidate(value: unknown): ManifestCandidate | null {
  if (value === null) return null;
  const raw = object(value, "candidate");
  const source = raw.source;
  if (typeof source !== "string" || !SOURCES.has(source)) fail("candidate.source");
  const out: ManifestCandidate = { source: source as ManifestCandidate["source"] };
  if (raw.url !== undefined) out.url = httpUrl(raw.url, "candidate.url");
  if (raw.text !== undefined) out.text = string(raw.text, "candidate.text", MAX_TEXT);
  if (raw.status !== undefined) {
    if (typeof raw.status !== "number" || !Number.isInteger(raw.status)) fail("candidate.status");
    out.status = raw.status;
  }
  if (raw.failure !== undefined) {
    if (typeof raw.failure !== "string" || !FAILURES.has(raw.failure)) fail("candidate.failure");
    out.failure = raw.failure as NonNullable<ManifestCandidate["failure"]>;
  }
  if (raw.cached === true) out.cached = true;
  if (out.url === undefined && source !== "inline") fail("candidate.url");
  return out;
}

function resources(value: unknown): ObservedResource[] {
  if (!Array.isArray(value) || value.length > MAX_LIST) fail("resources");
  return value.map((item) => {
    const raw = object(item, "resource");
    const host = string(raw.host, "resource.host", 253).toLowerCase();
    if (!HOST.test(host)) fail("resource.host");
    const startedAt = raw.startedAt;
    if (typeof startedAt !== "number" || !Number.isFinite(startedAt)) fail("resource.startedAt");
    return { host, path: string(raw.path, "resource.path", 256), startedAt };
  });
}

function consent(value: unknown): ConsentSnapshot | null {
  if (value === null) return null;
  const raw = object(value, "consent");
  const choices: Record<string, boolean> = {};
  for (const [key, granted] of Object.entries(object(raw.choices, "consent.choices")).slice(0, 50)) {
    if (typeof granted !== "boolean" || key.length > 64) fail("consent.choices");
    choices[key] = granted;
  }
  const created = string(raw.created, "consent.created", 64);
  if (Number.isNaN(Date.parse(created))) fail("consent.created");
  return {
    choices,
    created,
    expires: string(raw.expires, "consent.expires", 64),
    manifestVersion: string(raw.manifestVersion, "consent.manifestVersion", 64),
    method: string(raw.method, "consent.method", 32),
  };
}

export function observationPayload(value: unknown): PageObservation {
  const raw = object(value, "payload");
  const scriptMs = raw.scriptMs;
  return {
    pageUrl: httpUrl(raw.pageUrl, "pageUrl"),
    candidate: candidate(raw.candidate ?? null),
    resources: resources(raw.resources),
    cookieNames: names(raw.cookieNames, "cookieNames"),
    localStorageKeys: names(raw.localStorageKeys, "localStorageKeys"),
    sessionStorageKeys: names(raw.sessionStorageKeys, "sessionStorageKeys"),
    consent: consent(raw.consent ?? null),
    firstPaintAt:
      typeof raw.firstPaintAt === "number" && Number.isFinite(raw.firstPaintAt) ? raw.firstPaintAt : null,
    scriptMs: typeof scriptMs === "number" && Number.isFinite(scriptMs) ? scriptMs : 0,
  };
}

export function settingsPayload(value: unknown): Partial<Settings> {
  const raw = object(value, "payload");
  const out: Partial<Settings> = {};
  if ("language" in raw) {
    if (raw.language !== null && !isLanguage(raw.language)) fail("language");
    out.language = raw.language as Settings["language"];
  }
  if ("watchMode" in raw) {
    if (typeof raw.watchMode !== "boolean") fail("watchMode");
    out.watchMode = raw.watchMode;
  }
  return out;
}
