import { describe, expect, it } from "vitest";
import { phoneDigits, phoneQuery } from "./phone.ts";

describe("stored phone digits", () => {
  it.each([
    ["+86 131 4985 0123", "8613149850123"],
    ["0086 131-4985-0123", "8613149850123"],
    ["131 4985 0123", "13149850123"],
    ["(021) 5555.1234", "02155551234"],
    ["+49 (0)89 1234567", "490891234567"],
    ["+８６ １３１", "86131"],
    ["", null],
    [null, null],
    ["n/a", null],
  ])("%j → %j", (input, expected) => {
    expect(phoneDigits(input)).toBe(expected);
  });
});

describe("phone queries", () => {
  it.each([
    ["13149850123", "13149850123"],
    ["131 4985 0123", "13149850123"],
    ["131-4985-0123", "13149850123"],
    ["+86 131 4985 0123", "13149850123"],
    ["+8613149850123", "13149850123"],
    ["0086 13149850123", "13149850123"],
    ["008613149850123", "13149850123"],
    ["+49 89 1234567", "891234567"],
    ["+49 (0)89 1234567", "891234567"],
    ["089 1234567", "891234567"],
    ["021 5555 1234", "2155551234"],
    ["+1 415 555 0100", "4155550100"],
    ["+852 2345 6789", "23456789"],
    // A fragment keeps its leading zero: it is not a whole number with a trunk prefix.
    ["0123", "0123"],
    ["4985", "4985"],
    ["huber", null],
    ["info424243", null],
    ["华信", null],
    ["+", null],
  ])("%j → %j", (input, expected) => {
    expect(phoneQuery(input)).toBe(expected);
  });

  it("every way of writing a number finds the way it was stored", () => {
    const stored = ["+86 131 4985 0123", "0086 131 4985 0123", "131 4985 0123", "13149850123"];
    const typed = ["13149850123", "131 4985 0123", "+86 131-4985-0123", "0086 13149850123"];
    for (const s of stored) {
      for (const t of typed) expect(phoneDigits(s), `${t} in ${s}`).toContain(phoneQuery(t));
    }
    const munich = ["+49 89 1234567", "089 1234567", "+49 (0)89 123 45 67", "0049 89 1234567"];
    for (const s of munich) {
      for (const t of munich) expect(phoneDigits(s), `${t} in ${s}`).toContain(phoneQuery(t));
    }
  });
});
