import { call, rapport } from "../../api/client.ts";
import type { components } from "../../api/schema.gen.ts";

export type VisitException = components["schemas"]["VisitException"];
export type ExceptionCounts = components["schemas"]["VisitExceptionCounts"];
export type ExceptionKind = VisitException["kinds"][number];

export const KINDS: readonly ExceptionKind[] = [
  "out_of_radius",
  "unverified",
  "early",
  "late",
  "missed",
  "short",
];

/** What the screen filters by; `from`/`to` are instants (the user's days, converted). */
export type ExceptionFilter = {
  repId: string;
  teamId: string;
  kinds: ExceptionKind[];
  from: string;
  to: string;
};

function query(f: ExceptionFilter, withRep: boolean) {
  return {
    from: f.from,
    to: f.to,
    ...(withRep && f.repId ? { repId: f.repId } : {}),
    ...(f.teamId ? { teamId: f.teamId } : {}),
    ...(f.kinds.length > 0 ? { kind: f.kinds.join(",") } : {}),
  };
}

export const exceptionKeys = {
  list: (f: ExceptionFilter) => ["exceptions", "list", f] as const,
  counts: (f: ExceptionFilter) => ["exceptions", "counts", { ...f, repId: "" }] as const,
};

export const exceptionsApi = {
  list: (f: ExceptionFilter, cursor: string | null) =>
    call(
      rapport.GET("/api/v1/visit-exceptions", {
        params: { query: { ...query(f, true), limit: 20, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  /** Every rep in reach, whichever rep the list shows: the table is the overview. */
  counts: (f: ExceptionFilter) =>
    call(rapport.GET("/api/v1/visit-exceptions/counts", { params: { query: query(f, false) } })),
  teams: () => call(rapport.GET("/api/v1/teams")),
};
