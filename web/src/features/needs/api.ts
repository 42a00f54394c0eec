import { call, ifMatch, rapport } from "../../api/client.ts";
import { idempotencyHeader } from "../../api/idempotency.ts";
import type { components } from "../../api/schema.gen.ts";

type Schemas = components["schemas"];
export type Need = Schemas["Need"];
export type NeedItem = Schemas["NeedListItem"];
export type NeedType = Schemas["NeedType"];
export type NeedStatus = Need["status"];
export type NeedCreate = Schemas["NeedCreateInput"];
export type FollowUp = Schemas["FollowUp"];
export type FollowUpCreate = Schemas["FollowUpCreateInput"];
export type FollowUpKind = FollowUp["kind"];

export const NEED_STATUSES = [
  "open",
  "in_progress",
  "resolved",
  "dropped",
] as const satisfies readonly NeedStatus[];
export const FOLLOW_UP_KINDS = [
  "call",
  "visit",
  "email",
  "message",
  "wechat",
  "other",
] as const satisfies readonly FollowUpKind[];

/** Closing a need asks "how?" (the server answers 400 without a note). */
export const needsNote = (to: NeedStatus) => to === "resolved" || to === "dropped";

export interface BoardFilters {
  type: string | null;
  ownerId: string | null;
  overdue: boolean;
}

/** One column's page: the API's maximum, so a board rarely needs more. */
export const BOARD_LIMIT = 200;

export const needsApi = {
  list: (status: NeedStatus, f: BoardFilters) =>
    call(
      rapport.GET("/api/v1/needs", {
        params: {
          query: {
            limit: BOARD_LIMIT,
            status,
            type: f.type ?? undefined,
            ownerId: f.ownerId ?? undefined,
            overdue: f.overdue ? "true" : undefined,
          },
        },
      }),
    ),
  forCustomer: (customerId: string) =>
    call(rapport.GET("/api/v1/needs", { params: { query: { customerId, limit: 50 } } })),
  types: () => call(rapport.GET("/api/v1/need-types")),
  users: () => call(rapport.GET("/api/v1/users")),
  transition: (need: Pick<Need, "id" | "version">, to: NeedStatus, note?: string) =>
    call(
      rapport.POST("/api/v1/needs/{id}/transition", {
        params: { path: { id: need.id }, header: ifMatch(need.version) },
        body: { to, note: note?.trim() ? note.trim() : undefined },
      }),
    ),
  create: (customerId: string, body: NeedCreate, key: string) =>
    call(
      rapport.POST("/api/v1/customers/{id}/needs", {
        params: { path: { id: customerId }, header: idempotencyHeader(key) },
        body,
      }),
    ),
  followUps: (customerId: string) =>
    call(
      rapport.GET("/api/v1/follow-ups", {
        params: { query: { customerId, status: "open", limit: 50 } },
      }),
    ),
  createFollowUp: (customerId: string, body: FollowUpCreate, key: string) =>
    call(
      rapport.POST("/api/v1/customers/{id}/follow-ups", {
        params: { path: { id: customerId }, header: idempotencyHeader(key) },
        body,
      }),
    ),
};
