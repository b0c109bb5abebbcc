// Reads the manifest fixtures (and shared/examples when present) for the tests in this folder.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../../../..");
export const FIXTURES = join(ROOT, "test/fixtures/manifests");
const EXAMPLES = join(ROOT, "shared/examples");

export interface Fixture {
  name: string;
  text: string;
}

const jsonFiles = (dir: string): Fixture[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith(".json") && !file.endsWith(".expected.json"))
        .sort()
        .map((file) => ({ name: file, text: readFileSync(join(dir, file), "utf8") }))
    : [];

export const validFixtures = (): Fixture[] => jsonFiles(join(FIXTURES, "valid"));
export const invalidFixtures = (): Fixture[] => jsonFiles(join(FIXTURES, "invalid"));
/** The example manifests another part of the project publishes, if they exist yet. */
export const exampleManifests = (): Fixture[] => jsonFiles(EXAMPLES);

/** `[path, code]` pairs an invalid fixture must produce, exactly. */
export const expectedErrors = (name: string): [string, string][] =>
  JSON.parse(readFileSync(join(FIXTURES, "invalid", name.replace(/\.json$/, ".expected.json")), "utf8"))
    .errors;

export const minimalManifest = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, "valid/minimal.json"), "utf8"));
export const richManifest = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, "valid/rich.json"), "utf8"));

/** Resolves a JSON Pointer (RFC 6901); `found` is false when any token does not exist. */
export const resolvePointer = (root: unknown, path: string): { found: boolean; value?: unknown } => {
  if (path === "") return { found: true, value: root };
  if (!path.startsWith("/")) return { found: false };
  let node = root;
  for (const raw of path.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= node.length) return { found: false };
      node = node[Number(token)];
    } else if (
      typeof node === "object" &&
      node !== null &&
      !Array.isArray(node) &&
      Object.hasOwn(node, token)
    ) {
      node = (node as Record<string, unknown>)[token];
    } else return { found: false };
  }
  return { found: true, value: node };
};
