// hash.ts with the plain-TypeScript SHA-256 (sha256.ts) as a parameter rather than an import: the
// widget's engine passes a loader for it (kelisim-sha256.js), so the half a kilobyte ships only to
// plain-http pages, where browsers hide crypto.subtle, and never to the rest.

import { canonicalize } from "./canonical.ts";

/** SHA-256 of `bytes` as 32 bytes: sha256.ts, or how to get it. */
export type Digest = (bytes: Uint8Array) => Uint8Array;

// shared/ compiles without the DOM lib, and the root project has it: a local structural type for
// exactly the two globals used avoids an ambient declaration that would clash with lib.dom.
interface WebCryptoGlobals {
  crypto?: { subtle?: { digest(algorithm: "SHA-256", data: Uint8Array): Promise<ArrayBuffer> } };
  TextEncoder: new () => { encode(input: string): Uint8Array };
}

/** Hex SHA-256 of a text via Web Crypto, or via `fallback()` where there is none. */
export const sha256HexVia =
  (fallback: () => Digest | Promise<Digest>) =>
  async (text: string): Promise<string> => {
    const { crypto, TextEncoder } = globalThis as unknown as WebCryptoGlobals;
    const bytes = new TextEncoder().encode(text);
    const subtle = crypto?.subtle;
    const digest = subtle ? new Uint8Array(await subtle.digest("SHA-256", bytes)) : (await fallback())(bytes);
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  };

/** The receipt's manifest hash (hex SHA-256 of the canonical JSON), with the fallback as above. */
export const manifestHashVia = (fallback: () => Digest | Promise<Digest>) => {
  const hex = sha256HexVia(fallback);
  return (value: unknown): Promise<string> => hex(canonicalize(value));
};
