// What declared-versus-observed works on and produces. Shared by the extension and `kelisim scan`, so
// nothing here names an extension API; everything is JSON-serialisable.

export interface ObservedResource {
  host: string;
  /** URL path without query (some trackers share a host with the site's owner, e.g. yandex.ru/clck). */
  path: string;
  /** Epoch milliseconds when the request started. */
  startedAt: number;
}

/** The page's consent record, as read from its `kelisim` IndexedDB. */
export interface ConsentSnapshot {
  choices: Record<string, boolean>;
  created: string;
  expires: string;
  manifestVersion: string;
  method: string;
}

export interface TrackerInfo {
  organisation: string;
  category: TrackerCategory;
  country: string;
  name: string;
}

export type TrackerCategory =
  | "analytics"
  | "advertising"
  | "tag-manager"
  | "social"
  | "embed"
  | "maps"
  | "chat"
  | "crm";

export type Finding =
  | { kind: "undeclared-host"; host: string; tracker?: TrackerInfo }
  | {
      kind: "before-consent";
      host: string;
      tracker?: TrackerInfo;
      startedAt: number;
      /** no-consent: no record at all; before: requested before the record's time; refused: category refused */
      reason: "no-consent" | "before" | "refused";
      consentAt: string | null;
    }
  | { kind: "undeclared-cookie"; name: string }
  | { kind: "undeclared-storage"; name: string; area: "local" | "session" }
  | { kind: "abroad-without-transfer"; recipient: string; country: string };
