import { describe, expect, it } from "vitest";
import { escapeText, foldLine, formatUtc, renderCalendar } from "./ics.ts";

describe("escapeText", () => {
  it.each([
    ["a,b;c", "a\\,b\\;c"],
    ["back\\slash", "back\\\\slash"],
    ["line1\nline2\r\nline3\rline4", "line1\\nline2\\nline3\\nline4"],
    ["bell\u0007gone\ttab kept", "bellgone\ttab kept"],
    ["华为，上海；分公司", "华为，上海；分公司"],
  ])("%j → %j", (input, out) => {
    expect(escapeText(input)).toBe(out);
  });
});

describe("foldLine", () => {
  const octets = (s: string) => Buffer.byteLength(s, "utf8");

  it("leaves short lines alone", () => {
    expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short");
  });

  it.each([
    ["ASCII", `DESCRIPTION:${"x".repeat(200)}`],
    ["Chinese (3 octets each)", `SUMMARY:${"拜访客户确认订单".repeat(20)}`],
    ["emoji (4 octets, a surrogate pair)", `SUMMARY:${"ok🙂".repeat(40)}`],
    ["mixed at the boundary", `SUMMARY:${"a".repeat(66)}华为技术上海分公司`],
  ])("folds %s into ≤75 octets without splitting a character", (_name, line) => {
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(" ")).toBe(true);
    // Unfolding (RFC 5545 §3.1: drop CRLF + one space) gives back the line exactly.
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });
});

describe("renderCalendar", () => {
  it("writes UTC times, CRLF endings and one VEVENT per visit", () => {
    const at = new Date("2026-03-01T08:30:00.123Z");
    const text = renderCalendar({
      name: "Visits",
      events: [
        {
          uid: "x@rapport",
          start: at,
          end: new Date("2026-03-01T09:30:00Z"),
          modified: at,
          created: at,
          sequence: 2,
          status: "CANCELLED",
          summary: "A, B",
          location: null,
          description: null,
        },
      ],
    });
    expect(formatUtc(at)).toBe("20260301T083000Z");
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(text).toContain("\r\nDTSTART:20260301T083000Z\r\n");
    expect(text).toContain("\r\nSUMMARY:A\\, B\r\n");
    expect(text).toContain("\r\nSTATUS:CANCELLED\r\n");
    expect(text).not.toContain("LOCATION");
  });
});
