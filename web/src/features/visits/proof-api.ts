import { call, rapport } from "../../api/client.ts";
import { ApiError } from "../../api/problem.ts";
import type { components } from "../../api/schema.gen.ts";

export type VisitPhoto = components["schemas"]["VisitPhoto"];
export type PhotoStage = VisitPhoto["stage"];
export type ReasonCode = NonNullable<components["schemas"]["VisitCheckInInput"]["reasonCode"]>;
export type Reason = { reasonCode: ReasonCode; reasonNote?: string | null };

/** A rule the server says a check-in or check-out broke, with the numbers it judged by. */
export type Breach = { rule: "out_of_radius" | "early" | "late"; params: Record<string, number> };

export const proofKeys = {
  photos: (visitId: string) => ["visits", "photos", visitId] as const,
  /** A photo taken with a check-in or check-out whose upload failed: offered again. */
  failedPhoto: (visitId: string) => ["proof", "failed-photo", visitId] as const,
};

export type FailedPhoto = { stage: PhotoStage; file: File };

export const proofApi = {
  photos: (visitId: string) =>
    call(rapport.GET("/api/v1/visits/{id}/photos", { params: { path: { id: visitId } } })),
  /** Takes a photo back (its uploader, the rep's manager, an admin; not once completed). */
  remove: (photoId: string) =>
    call(rapport.DELETE("/api/v1/visit-photos/{id}", { params: { path: { id: photoId } } })),
  /** The photo's bytes are the body, under its own type; the server checks what it really is. */
  upload: async (visitId: string, stage: PhotoStage, file: File) => {
    // The bytes themselves (read once; a photo is a few MB): openapi-fetch would JSON-encode
    // the body, and a Blob is not a body every fetch implementation reads.
    const bytes = await file.arrayBuffer();
    return call(
      rapport.POST("/api/v1/visits/{id}/photos", {
        params: { path: { id: visitId }, query: { stage } },
        body: bytes as unknown as string,
        bodySerializer: (body: unknown) => body as string,
        headers: { "content-type": file.type || "application/octet-stream" },
      }),
    );
  },
};

const RULES = new Set(["out_of_radius", "early", "late"]);

/**
 * The rules named by a 422 `check_in_reason_required` / `check_out_reason_required`, or null
 * for any other failure.
 */
export function breachesOf(error: unknown, code: string): Breach[] | null {
  if (!(error instanceof ApiError) || error.code !== code) return null;
  return (error.problem.errors ?? [])
    .filter((e) => e.rule && RULES.has(e.rule))
    .map((e) => ({ rule: e.rule as Breach["rule"], params: e.params ?? {} }));
}

/** Quick reasons that fit the rules broken (distance, time), always ending with "other". */
export function quickReasons(breaches: Breach[], stage: PhotoStage): ReasonCode[] {
  const out: ReasonCode[] = [];
  if (stage === "check_out") out.push("left_before_check_out");
  if (breaches.some((b) => b.rule === "out_of_radius")) out.push("gps_inaccurate", "met_elsewhere");
  if (breaches.some((b) => b.rule !== "out_of_radius")) out.push("customer_rescheduled", "delayed");
  return [...new Set(out), "other"];
}
