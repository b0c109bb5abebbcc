// Known manifest versions: the text each receipt agreed to, keyed by the hash the widget computes
// (SHA-256 of the RFC 8785 canonical JSON, shared/manifest/hash.ts).
import { manifestHash } from "../shared/manifest/hash.ts";
import { MAX_MANIFEST_BYTES } from "../shared/manifest/limits.ts";
import type { ReceiptStore } from "./store.ts";

export const MANIFEST_PATH = "/.well-known/privacy-manifest.json";

/** Stores a manifest text under its hash; throws when it is not JSON. */
export const storeManifestText = async (
  store: ReceiptStore,
  origin: string,
  text: string,
): Promise<string> => {
  const hash = await manifestHash(JSON.parse(text));
  await store.addManifest({ origin, hash, text, storedAt: new Date().toISOString() });
  return hash;
};

/** Fetches the origin's published manifest and stores it; returns its hash or null when unreachable. */
export const fetchOriginManifest = async (store: ReceiptStore, origin: string): Promise<string | null> => {
  try {
    const response = await fetch(new URL(MANIFEST_PATH, origin), { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) return null;
    const text = await response.text();
    if (text.length > MAX_MANIFEST_BYTES) return null;
    return await storeManifestText(store, origin, text);
  } catch {
    return null;
  }
};
