// The manifest's identity: lowercase hex SHA-256 of its RFC 8785 canonical JSON. Web Crypto exists
// in browsers, service workers and Node ≥ 19 as globalThis.crypto, so one function serves all —
// except on plain-http pages, where browsers hide crypto.subtle: there the same digest comes from
// sha256.ts.

import { canonicalize } from "./canonical.ts";
import { sha256 } from "./sha256.ts";

// shared/ compiles without the DOM lib, and the root project has it: a local structural type for
// exactly the two globals used avoids an ambient declaration that would clash with lib.dom.
interface WebCryptoGlobals {
  crypto?: { subtle?: { digest(algorithm: "SHA-256", data: Uint8Array): Promise<ArrayBuffer> } };
  TextEncoder: new () => { encode(input: string): Uint8Array };
}

export const sha256Hex = async (text: string): Promise<string> => {
  const { crypto, TextEncoder } = globalThis as unknown as WebCryptoGlobals;
  const bytes = new TextEncoder().encode(text);
  const subtle = crypto?.subtle;
  const digest = subtle ? new Uint8Array(await subtle.digest("SHA-256", bytes)) : sha256(bytes);
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
};

/** The hash a consent receipt stores: hex SHA-256 of the canonical JSON of the parsed manifest. */
export const manifestHash = (value: unknown): Promise<string> => sha256Hex(canonicalize(value));
