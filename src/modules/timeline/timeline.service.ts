import { isUuid } from "../../domain/ids.ts";
import { cursorValue, decodeCursor, encodeCursor } from "../../domain/pagination.ts";
import { CommonErrors } from "../../errors.ts";
import type { Reader } from "../../http/reader.ts";
import type { ServiceContext } from "../common/context.ts";
import { presentCommunication } from "../communications/communications.presenter.ts";
import type { CommunicationOut } from "../communications/communications.schema.ts";
import { getCustomer } from "../customers/customers.service.ts";
import { presentFollowUp } from "../follow-ups/follow-ups.presenter.ts";
import type { FollowUpOut } from "../follow-ups/follow-ups.schema.ts";
import { presentVisit } from "../visits/visits.presenter.ts";
import type { VisitOut } from "../visits/visits.schema.ts";
import { ENTRY_TYPES, type EntryType, loadEntries, timelineKeys } from "./timeline.repository.ts";

export type TimelineEntry =
  | { type: "communication"; at: string; communication: CommunicationOut }
  | {
      type: "need_status";
      at: string;
      needStatus: {
        needId: string;
        title: string;
        needType: string;
        from: string | null;
        to: string;
        note: string | null;
        actorId: string | null;
      };
    }
  | { type: "follow_up" | "follow_up_done"; at: string; followUp: FollowUpOut }
  | { type: "visit"; at: string; visit: VisitOut };

export async function customerTimeline(
  ctx: ServiceContext,
  customerId: string,
  q: { limit: number; cursor?: string; types?: EntryType[] },
  reader: Reader = { locale: "en" },
) {
  await getCustomer(ctx, customerId);
  let after: { at: string; type: string; id: string } | undefined;
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    const [type, id] = c ? c.id.split("|") : [];
    const at = c?.sort === "timeline" ? cursorValue(c.value, "timestamp") : null;
    // Entry ids are UUIDs, except need status changes' (bigint): both compared as text.
    const validId = id !== undefined && (isUuid(id) || /^\d{1,19}$/.test(id));
    if (!at || !type || !validId || !(ENTRY_TYPES as readonly string[]).includes(type)) {
      throw CommonErrors.invalidCursor();
    }
    after = { at, type, id };
  }
  const keys = await timelineKeys(ctx.db, customerId, {
    types: q.types ?? ENTRY_TYPES,
    after,
    limit: q.limit + 1,
  });
  const page = keys.slice(0, q.limit);
  const rows = await loadEntries(ctx.db, page);
  const items = page.flatMap((k): TimelineEntry[] => {
    const at = k.at.toISOString();
    if (k.type === "communication") {
      const c = rows.communications.get(k.id);
      return c ? [{ type: "communication", at, communication: presentCommunication(c) }] : [];
    }
    if (k.type === "need_status") {
      const c = rows.needChanges.get(k.id);
      return c
        ? [
            {
              type: "need_status",
              at,
              needStatus: {
                needId: c.change.needId,
                title: c.title,
                needType: c.needType,
                from: c.change.fromStatus,
                to: c.change.toStatus,
                note: c.change.note,
                actorId: c.change.actorId,
              },
            },
          ]
        : [];
    }
    if (k.type === "visit") {
      const v = rows.visits.get(k.id);
      return v ? [{ type: "visit", at, visit: presentVisit(v, reader) }] : [];
    }
    const f = rows.followUps.get(k.id);
    return f ? [{ type: k.type, at, followUp: presentFollowUp(f) }] : [];
  });
  const last = page.at(-1);
  const nextCursor =
    keys.length > q.limit && last
      ? encodeCursor({
          sort: "timeline",
          value: last.at.toISOString(),
          id: `${last.type}|${last.id}`,
        })
      : null;
  return { items, nextCursor };
}
