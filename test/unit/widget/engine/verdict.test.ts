// @vitest-environment happy-dom
// The engine's side of the returning visitor's light path (widget/return.ts): the verdict it keeps
// after validating, and how it takes a page over from the light path (`shown`).
import "fake-indexeddb/auto";
import { openDB } from "idb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConsentRecord } from "../../../../shared/consent/record.ts";
import { hashText } from "../../../../widget/engine/verdict.ts";
import { WIDGET_VERSION } from "../../../../widget/version.ts";
import { disposeEngines, fixtureManifest, freshIndexedDb, pageView, resetPage, settle } from "./harness.ts";

const GATED = '<script type="text/plain" data-consent="analytics" id="stats">window.statsRan = 1</script>';

async function storedVerdict(): Promise<Record<string, unknown> | undefined> {
  const db = await openDB("kelisim");
  const verdict = (await db.get("prefs", "verdict")) as Record<string, unknown> | undefined;
  db.close();
  return verdict;
}

async function storedRecord(): Promise<ConsentRecord> {
  const db = await openDB("kelisim");
  const record = (await db.get("choice", "current")) as ConsentRecord;
  db.close();
  return record;
}

const consentUpdates = () =>
  ((globalThis as { dataLayer?: unknown[] }).dataLayer ?? [])
    .map((entry) => Array.from(entry as ArrayLike<unknown>))
    .filter((entry) => entry[0] === "consent" && entry[1] === "update");

beforeEach(() => {
  freshIndexedDb();
  resetPage(fixtureManifest(), GATED);
  (globalThis as { dataLayer?: unknown[] }).dataLayer = [];
});
afterEach(disposeEngines);

describe("the verdict", () => {
  it("names the validated text, this version, the record and its choices after a choice", async () => {
    const engine = await pageView();
    expect(await storedVerdict()).toBeUndefined();
    await engine.set({ analytics: true, ip: false });
    await settle();
    const record = await storedRecord();
    const text = document.getElementById("privacy-manifest")?.textContent ?? "";
    expect(await storedVerdict()).toMatchObject({
      textHash: await hashText(text),
      widgetVersion: WIDGET_VERSION,
      receiptId: record.receiptId,
      recordHash: await hashText(JSON.stringify(record)),
      until: Date.parse(record.expires),
      choices: { necessary: true, ip: false, analytics: true },
      languages: ["kk", "ru", "en"],
    });
  });

  it("is not written for a manifest that failed validation", async () => {
    resetPage({ ...fixtureManifest(), defaultLanguage: "xx" }, GATED);
    const engine = await pageView();
    await engine.acceptAll();
    await settle();
    expect(await storedVerdict()).toBeUndefined();
  });

  it("is not written when the stored choice needs asking again (a new category)", async () => {
    const first = await pageView();
    await first.acceptAll();
    await settle();
    const db = await openDB("kelisim");
    await db.delete("prefs", "verdict");
    db.close();
    first.dispose();
    const manifest = fixtureManifest() as { consent: { categories: unknown[] } };
    manifest.consent.categories.push({ id: "marketing", label: "Marketing" });
    resetPage(manifest, GATED);
    const engine = await pageView();
    expect(engine.getState().needsPrompt).toBe(true);
    await settle();
    expect(await storedVerdict()).toBeUndefined();
  });
});

describe("taking over from the light path (`shown`)", () => {
  it("starts from the shown record without a second Consent Mode update", async () => {
    const first = await pageView();
    await first.acceptAll();
    await settle();
    first.dispose();
    const record = await storedRecord();
    (globalThis as { dataLayer?: unknown[] }).dataLayer = [];
    const engine = await pageView({ shown: { record, sequence: 1, heard: [] } });
    expect(engine.getState().record?.receiptId).toBe(record.receiptId);
    expect(engine.getState().needsPrompt).toBe(false);
    expect(consentUpdates()).toEqual([]);
  });

  it("adopts what the store holds since, as a change: event, Consent Mode update, new choices", async () => {
    const first = await pageView();
    await first.acceptAll();
    await settle();
    const shownRecord = await storedRecord();
    await first.rejectAll();
    await settle();
    first.dispose();
    (globalThis as { dataLayer?: unknown[] }).dataLayer = [];
    const changes: string[] = [];
    document.addEventListener("kelisim:change", (event) =>
      changes.push((event as CustomEvent<ConsentRecord>).detail.method),
    );
    const engine = await pageView({ shown: { record: shownRecord, sequence: 1, heard: [] } });
    expect(engine.getState().record?.method).toBe("reject-all");
    expect(engine.getState().choices.analytics).toBe(false);
    expect(changes).toEqual(["reject-all"]);
    expect(consentUpdates()).toHaveLength(1);
  });

  it("ignores a heard message that is not a well-formed record", async () => {
    const first = await pageView();
    await first.acceptAll();
    await settle();
    first.dispose();
    const record = await storedRecord();
    const engine = await pageView({
      shown: {
        record,
        sequence: 1,
        heard: [[{ choices: { analytics: "yes" } } as unknown as ConsentRecord, 9]],
      },
    });
    expect(engine.getState().record?.receiptId).toBe(record.receiptId);
  });
});
