// Google Consent Mode v2. The entry pushes `default` synchronously at script start, before any
// gated tag can run (gated tags are `type="text/plain"` until released, and released only after
// the default is in `dataLayer`). `update` follows every choice and every load with a stored choice.
//
// Mapping from Kelisim categories to Consent Mode types:
//   necessary   → security_storage (always granted)
//   analytics   → analytics_storage
//   marketing   → ad_storage, ad_user_data, ad_personalization
//   preferences → functionality_storage, personalization_storage
// A type whose category the manifest does not offer stays denied.

type ConsentModeType =
  | "ad_storage"
  | "ad_user_data"
  | "ad_personalization"
  | "analytics_storage"
  | "functionality_storage"
  | "personalization_storage"
  | "security_storage";
type ConsentModeState = Partial<Record<ConsentModeType, "granted" | "denied">>;

const TYPES_BY_CATEGORY: Record<string, ConsentModeType[]> = {
  analytics: ["analytics_storage"],
  marketing: ["ad_storage", "ad_user_data", "ad_personalization"],
  preferences: ["functionality_storage", "personalization_storage"],
};

interface DataLayerWindow {
  dataLayer?: unknown[];
}

function gtagPush(target: DataLayerWindow, ...args: unknown[]): void {
  if (!Array.isArray(target.dataLayer)) target.dataLayer = [];
  // gtag.js only reads entries that are `arguments` objects, not arrays; build one from the args.
  // Call the layer's own `push`: once gtag.js has loaded it replaces `push` to process entries.
  const push = function (this: unknown[], ..._args: unknown[]) {
    // biome-ignore lint/complexity/noArguments: Consent Mode requires a real Arguments object
    this.push(arguments);
  };
  push.apply(target.dataLayer, args);
}

export function consentModeState(choices: Record<string, boolean>): ConsentModeState {
  const state: ConsentModeState = {
    ad_storage: "denied",
    ad_user_data: "denied",
    ad_personalization: "denied",
    analytics_storage: "denied",
    functionality_storage: "denied",
    personalization_storage: "denied",
    security_storage: "granted",
  };
  for (const [category, types] of Object.entries(TYPES_BY_CATEGORY)) {
    if (choices[category] === true) for (const type of types) state[type] = "granted";
  }
  return state;
}

export function pushConsentDefault(target: DataLayerWindow): void {
  gtagPush(target, "consent", "default", { ...consentModeState({}), wait_for_update: 500 });
}

export function pushConsentUpdate(target: DataLayerWindow, choices: Record<string, boolean>): void {
  gtagPush(target, "consent", "update", consentModeState(choices));
}
