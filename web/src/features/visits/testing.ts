import type { Visit } from "./api.ts";

/** A planned visit as the API sends it; tests override what they look at. */
export function visitFixture(over: Partial<Visit> = {}): Visit {
  return {
    id: "v-1",
    customerId: "c-1",
    repId: "u-1",
    type: "on_site",
    purpose: "季度回顾",
    agenda: [{ needId: "n-1", text: "确认交货期" }],
    plannedStart: "2026-11-22T02:00:00.000Z",
    plannedEnd: "2026-11-22T02:45:00.000Z",
    status: "planned",
    cancelReason: null,
    locked: false,
    planId: null,
    reasons: [],
    reasonText: null,
    checkInAt: null,
    checkInDistanceM: null,
    checkInAccuracyM: null,
    verification: null,
    checkInReason: null,
    checkOutAt: null,
    checkOutDistanceM: null,
    checkOutVerification: null,
    checkOutReason: null,
    dwellMinutes: null,
    result: null,
    resultScore: null,
    communicationId: null,
    createdAt: "2026-11-20T00:00:00.000Z",
    updatedAt: "2026-11-20T00:00:00.000Z",
    version: 1,
    ...over,
  };
}
