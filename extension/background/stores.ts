// Where the background keeps state. storage.session (per-tab reports and watch-mode requests, gone when
// the browser closes) and storage.local (settings and history). No module variables: the service worker
// can be stopped at any moment.
import {
  DEFAULT_SETTINGS,
  type HistoryEntry,
  type ObservedResource,
  type Settings,
  type TabReport,
} from "../model.ts";
import type { StorageArea } from "./platform.ts";

export const reportKey = (tabId: number) => `report:${tabId}`;
export const watchKey = (tabId: number) => `watch:${tabId}`;
export const SETTINGS_KEY = "settings";
const HISTORY_KEY = "history";
const HISTORY_MAX = 50;
const WATCH_MAX = 500;

export async function readReport(session: StorageArea, tabId: number): Promise<TabReport | null> {
  const key = reportKey(tabId);
  return ((await session.get(key))[key] as TabReport | undefined) ?? null;
}

export async function writeReport(session: StorageArea, report: TabReport): Promise<void> {
  await session.set({ [reportKey(report.tabId)]: report });
}

export async function forgetTab(session: StorageArea, tabId: number): Promise<void> {
  await session.remove([reportKey(tabId), watchKey(tabId)]);
}

/** The settings from a storage read that asked for SETTINGS_KEY (defaults for what is not stored). */
export function settingsFrom(stored: Record<string, unknown>): Settings {
  return { ...DEFAULT_SETTINGS, ...(stored[SETTINGS_KEY] as Partial<Settings> | undefined) };
}

export async function readSettings(local: StorageArea): Promise<Settings> {
  return settingsFrom(await local.get(SETTINGS_KEY));
}

export async function writeSettings(local: StorageArea, change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings(local)), ...change };
  await local.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function readHistory(local: StorageArea): Promise<HistoryEntry[]> {
  return ((await local.get(HISTORY_KEY))[HISTORY_KEY] as HistoryEntry[] | undefined) ?? [];
}

/** One entry per origin, newest first, capped so storage.local stays small. */
export async function rememberSite(local: StorageArea, entry: HistoryEntry): Promise<void> {
  const others = (await readHistory(local)).filter((item) => item.origin !== entry.origin);
  await local.set({ [HISTORY_KEY]: [entry, ...others].slice(0, HISTORY_MAX) });
}

export async function clearLocal(local: StorageArea): Promise<void> {
  const everything = await local.get(null);
  await local.remove(Object.keys(everything));
}

export async function readWatched(session: StorageArea, tabId: number): Promise<ObservedResource[]> {
  const key = watchKey(tabId);
  return ((await session.get(key))[key] as ObservedResource[] | undefined) ?? [];
}

/** Keeps the first request per host (the earliest is what the consent check needs). */
export async function addWatched(
  session: StorageArea,
  tabId: number,
  resource: ObservedResource,
): Promise<void> {
  const list = await readWatched(session, tabId);
  if (list.length >= WATCH_MAX || list.some((item) => item.host === resource.host)) return;
  await session.set({ [watchKey(tabId)]: [...list, resource] });
}

export async function resetWatched(session: StorageArea, tabId: number): Promise<void> {
  await session.remove(watchKey(tabId));
}
