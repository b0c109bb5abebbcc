// The manifest's identity: lowercase hex SHA-256 of its RFC 8785 canonical JSON. Web Crypto exists
// in browsers, service workers and Node ≥ 19 as globalThis.crypto, so one function serves all —
// except on plain-http pages, where browsers hide crypto.subtle: there the same digest comes from
// sha256.ts (bundled here; the widget loads it only on such pages, see hash-via.ts).

import { manifestHashVia, sha256HexVia } from "./hash-via.ts";
import { sha256 } from "./sha256.ts";

export const sha256Hex: (text: string) => Promise<string> = sha256HexVia(() => sha256);

/** The hash a consent receipt stores: hex SHA-256 of the canonical JSON of the parsed manifest. */
export const manifestHash: (value: unknown) => Promise<string> = manifestHashVia(() => sha256);
