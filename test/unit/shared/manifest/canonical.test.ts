// RFC 8785 (JCS) published examples, written out here, and the manifest hash built on them.
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { canonicalize } from "../../../../shared/manifest/canonical.ts";
import { manifestHash, sha256Hex } from "../../../../shared/manifest/hash.ts";
import { richManifest } from "./fixture-files.ts";

describe("canonicalize (RFC 8785)", () => {
  test("§3.2.2 sample object", () => {
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(canonicalize(JSON.parse(input))).toBe(expected);
  });

  test("§3.2.3 sorting by UTF-16 code units", () => {
    const input = String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`;
    const canonical = canonicalize(JSON.parse(input));
    // Read the order off the text: a parsed object would move the integer-like key "1" first.
    const values = [...canonical.matchAll(/:"([^"]*)"/g)].map((m) => m[1]);
    expect(canonical.startsWith('{"\\r":"Carriage Return","1":"One","\u0080":"Control"')).toBe(true);
    expect(values).toEqual([
      "Carriage Return",
      "One",
      "Control",
      "Latin Small Letter O With Diaeresis",
      "Euro Sign",
      "Emoji: Grinning Face",
      "Hebrew Letter Dalet With Dagesh",
    ]);
  });

  // Appendix B: IEEE 754 bit patterns and their JCS serialisation.
  const numbers: [string, string][] = [
    ["0000000000000000", "0"],
    ["8000000000000000", "0"],
    ["0000000000000001", "5e-324"],
    ["8000000000000001", "-5e-324"],
    ["7fefffffffffffff", "1.7976931348623157e+308"],
    ["ffefffffffffffff", "-1.7976931348623157e+308"],
    ["4340000000000000", "9007199254740992"],
    ["c340000000000000", "-9007199254740992"],
    ["4430000000000000", "295147905179352830000"],
    ["44b52d02c7e14af5", "9.999999999999997e+22"],
    ["44b52d02c7e14af6", "1e+23"],
    ["44b52d02c7e14af7", "1.0000000000000001e+23"],
    ["444b1ae4d6e2ef4e", "999999999999999700000"],
    ["444b1ae4d6e2ef4f", "999999999999999900000"],
    ["444b1ae4d6e2ef50", "1e+21"],
    ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
    ["3eb0c6f7a0b5ed8d", "0.000001"],
    ["41b3de4355555553", "333333333.3333332"],
    ["41b3de4355555554", "333333333.33333325"],
    ["41b3de4355555555", "333333333.3333333"],
    ["41b3de4355555556", "333333333.3333334"],
    ["41b3de4355555557", "333333333.33333343"],
    ["becbf647612f3696", "-0.0000033333333333333333"],
    ["43143ff3c1cb0959", "1424953923781206.2"],
  ];
  const fromBits = (hex: string) => {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, BigInt(`0x${hex}`));
    return view.getFloat64(0);
  };
  test.each(numbers)("Appendix B: %s → %s", (bits, expected) => {
    expect(canonicalize(fromBits(bits))).toBe(expected);
  });

  test("Appendix B: NaN and Infinity are errors", () => {
    expect(() => canonicalize(fromBits("7fffffffffffffff"))).toThrow(TypeError);
    expect(() => canonicalize(fromBits("7ff0000000000000"))).toThrow(TypeError);
  });

  test("nested objects sort at every level; arrays keep their order; no whitespace", () => {
    expect(canonicalize({ b: [3, { z: 1, a: null }], a: { d: "x", c: true } })).toBe(
      '{"a":{"c":true,"d":"x"},"b":[3,{"a":null,"z":1}]}',
    );
  });

  test("non-JSON values and cycles are refused", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalize(cyclic)).toThrow(TypeError);
    expect(() => canonicalize(() => 1)).toThrow(TypeError);
    expect(() => canonicalize(1n)).toThrow(TypeError);
  });
});

describe("manifestHash", () => {
  test("SHA-256 known answers", async () => {
    expect(await sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  test("is the hex SHA-256 of the canonical JSON, whatever the key order or spacing", async () => {
    const manifest = richManifest();
    const reordered = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(manifest).reverse()), null, 4),
    );
    const expected = createHash("sha256").update(canonicalize(manifest), "utf8").digest("hex");
    expect(await manifestHash(manifest)).toBe(expected);
    expect(await manifestHash(reordered)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    expect(await manifestHash({ ...manifest, manifestVersion: "other" })).not.toBe(expected);
  });
});
