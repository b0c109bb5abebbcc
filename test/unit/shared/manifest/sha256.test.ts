import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../../shared/manifest/hash.ts";
import { sha256 } from "../../../../shared/manifest/sha256.ts";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("sha256 fallback (pages without Web Crypto)", () => {
  it("matches the FIPS 180-4 examples", () => {
    expect(hex(sha256(utf8("")))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(sha256(utf8("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex(sha256(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("agrees with Node's crypto on every length around the block boundaries, and on random text", () => {
    for (let length = 0; length < 200; length++) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + length) & 0xff);
      expect(hex(sha256(bytes))).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(hex(sha256(utf8(text)))).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
      }),
    );
  });

  it("sha256Hex gives the same digest with and without crypto.subtle", async () => {
    const text = '{"operator":{"name":"«№ 1 мектеп»"}}';
    const withWebCrypto = await sha256Hex(text);
    const original = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    Object.defineProperty(globalThis, "crypto", { value: {}, configurable: true });
    try {
      expect(await sha256Hex(text)).toBe(withWebCrypto);
    } finally {
      if (original) Object.defineProperty(globalThis, "crypto", original);
    }
    expect(withWebCrypto).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });
});
