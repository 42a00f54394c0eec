import { describe, expect, it } from "vitest";
import { canTransition, type NeedStatus, needsResolutionNote, slaDueAt } from "./needs.ts";

const all: NeedStatus[] = ["open", "in_progress", "resolved", "dropped"];
const allowed = new Set([
  "open>in_progress",
  "open>dropped",
  "in_progress>resolved",
  "in_progress>dropped",
  "in_progress>open",
  "resolved>open",
  "dropped>open",
]);

describe("need transitions", () => {
  for (const from of all) {
    for (const to of all) {
      it(`${from} → ${to}: ${allowed.has(`${from}>${to}`) ? "allowed" : "refused"}`, () => {
        expect(canTransition(from, to)).toBe(allowed.has(`${from}>${to}`));
      });
    }
  }
  it("asks for a note when closing", () => {
    expect(needsResolutionNote("resolved")).toBe(true);
    expect(needsResolutionNote("dropped")).toBe(true);
    expect(needsResolutionNote("in_progress")).toBe(false);
  });
});

describe("SLA", () => {
  const t0 = new Date("2026-01-01T00:00:00Z");
  it.each([
    [1, "2026-01-31T00:00:00.000Z"],
    [3, "2026-01-15T00:00:00.000Z"],
    [5, "2026-01-04T00:00:00.000Z"],
    [9, "2026-01-04T00:00:00.000Z"],
  ])("importance %i", (importance, due) => {
    expect(slaDueAt(t0, [30, 21, 14, 7, 3], importance).toISOString()).toBe(due);
  });
});
