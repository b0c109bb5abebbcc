// The one typed contract between the background and the extension's pages (popup, options).
// Requests are `{name, payload}`; answers come back in an envelope so errors reach the caller as errors.
// Only our own pages may send (checked on every message: sender.url is ours). Web pages never do: the
// collector hands its observation back as the result of scripting.executeScript.
import type { Runtime } from "./browser.ts";
import type { HistoryEntry, Settings, TabReport } from "./model.ts";

export interface BackgroundApi {
  /** page → background: run the inspection on a tab (the report arrives through storage.session). */
  "tab:inspect": (payload: { tabId: number }) => { started: boolean; requestedAt: string };
  "report:get": (payload: { tabId: number }) => TabReport | null;
  /** page → background: open the site's own consent preferences in the tab. */
  "consent:open": (payload: { tabId: number }) => { opened: boolean };
  "settings:get": (payload: Record<string, never>) => Settings;
  "settings:set": (payload: Partial<Settings>) => Settings;
  "history:list": (payload: Record<string, never>) => HistoryEntry[];
  "history:clear": (payload: Record<string, never>) => { cleared: boolean };
}

export type MessageName = keyof BackgroundApi;
export type PayloadOf<K extends MessageName> = Parameters<BackgroundApi[K]>[0];
export type ResultOf<K extends MessageName> = ReturnType<BackgroundApi[K]>;

export interface Request<K extends MessageName = MessageName> {
  name: K;
  payload: PayloadOf<K>;
}
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Handlers may be async; the object is declared `satisfies BackgroundHandlers` so none can be missing. */
export type BackgroundHandlers = {
  [K in MessageName]: (payload: unknown) => Promise<ResultOf<K>> | ResultOf<K>;
};

export interface Transport {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Typed call into the background; re-throws the background's error message. */
export async function sendToBackground<K extends MessageName>(
  transport: Transport,
  name: K,
  payload: PayloadOf<K>,
): Promise<ResultOf<K>> {
  const answer = (await transport.sendMessage({ name, payload } satisfies Request<K>)) as
    | Envelope<ResultOf<K>>
    | undefined;
  if (answer === undefined || typeof answer !== "object") throw new Error(`no answer to ${name}`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

export interface SenderCheck {
  runtimeId: string;
  /** runtime.getURL("") — the prefix of our own pages. */
  extensionBaseUrl: string;
}

/** Checks who is asking, then dispatches to the handler; never throws (errors go into the envelope). */
export async function dispatchMessage(
  handlers: BackgroundHandlers,
  message: unknown,
  sender: Runtime.MessageSender,
  check: SenderCheck,
): Promise<Envelope<unknown>> {
  if (typeof message !== "object" || message === null) return { ok: false, error: "malformed message" };
  const { name, payload } = message as { name?: unknown; payload?: unknown };
  if (typeof name !== "string" || !Object.hasOwn(handlers, name)) {
    return { ok: false, error: `unknown message ${String(name)}` };
  }
  if (sender.id !== check.runtimeId) return { ok: false, error: "sender is not this extension" };
  const fromOurPage = typeof sender.url === "string" && sender.url.startsWith(check.extensionBaseUrl);
  const messageName = name as MessageName;
  if (!fromOurPage) {
    return { ok: false, error: `${messageName} is only accepted from the extension's pages` };
  }
  try {
    const handler = handlers[messageName] as (p: unknown) => unknown;
    return { ok: true, value: await handler(payload ?? {}) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
