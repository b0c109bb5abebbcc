// Ids of recipients, storage places and transfers are referenced from each activity (and a transfer
// names its recipient). Renaming or removing one in the Sharing step changes those references with
// it, so the draft never points at an id that is gone (the validator's dangling-reference error).
import type { PrivacyManifest } from "../../shared/manifest/types.ts";

export type ReferencedList = "recipients" | "storage" | "transfers";

/**
 * `from` became `to` (null: removed) in `list`; every reference follows. An id cleared while being
 * retyped ("") is followed too, so the references are still there when the new id is typed.
 */
export function followId(
  manifest: PrivacyManifest,
  list: ReferencedList,
  from: string,
  to: string | null,
): void {
  if (from === to) return;
  for (const activity of Array.isArray(manifest.activities) ? manifest.activities : []) {
    const ids = activity?.[list];
    if (!Array.isArray(ids)) continue;
    const next = ids.flatMap((id) => (id === from ? (to === null ? [] : [to]) : [id]));
    if (next.length) activity[list] = [...new Set(next)];
    else delete activity[list];
  }
  if (list !== "recipients") return;
  for (const transfer of manifest.transfers ?? []) {
    if (transfer.recipient !== from) continue;
    if (to === null) delete transfer.recipient;
    else transfer.recipient = to;
  }
}
