/**
 * A small RFC 5545 writer, written here rather than taken from the `ics` package: a feed
 * needs only VEVENTs with UTC times, and owning the escaping and folding lets us guarantee
 * (and test) that multi-byte text such as Chinese is never split inside a character.
 */

export type IcsEvent = {
  uid: string;
  start: Date;
  end: Date;
  /** When the event last changed: DTSTAMP and LAST-MODIFIED. */
  modified: Date;
  created: Date;
  sequence: number;
  status: "CONFIRMED" | "CANCELLED";
  summary: string;
  location: string | null;
  description: string | null;
};

export type IcsCalendar = { name: string; events: IcsEvent[] };

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** TEXT values: backslash first, then ; and , ; every line break becomes the two characters \n. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
      // Other control characters are not allowed in TEXT (RFC 5545 §3.3.11); tabs are.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
  );
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 §3.1). Counted in UTF-8
 * octets and cut only between code points, so a Chinese character or an emoji is never split.
 * Continuation lines start with one space, which counts toward their 75.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ` ${ch}`;
      octets = 1 + size;
    } else {
      current += ch;
      octets += size;
    }
  }
  out.push(current);
  return out.join(CRLF);
}

/** 20240131T083000Z */
export function formatUtc(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

function eventLines(e: IcsEvent): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `DTSTAMP:${formatUtc(e.modified)}`,
    `CREATED:${formatUtc(e.created)}`,
    `LAST-MODIFIED:${formatUtc(e.modified)}`,
    `DTSTART:${formatUtc(e.start)}`,
    `DTEND:${formatUtc(e.end)}`,
    `SEQUENCE:${e.sequence}`,
    `STATUS:${e.status}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  // Busy while it is on; a cancelled visit no longer blocks time.
  lines.push(`TRANSP:${e.status === "CANCELLED" ? "TRANSPARENT" : "OPAQUE"}`, "END:VEVENT");
  return lines;
}

/** The whole feed, CRLF line endings, ready to send as text/calendar. */
export function renderCalendar(cal: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Rapport//Rapport CRM//EN",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    // Hints for subscribing clients: refresh hourly (most poll less often anyway).
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...cal.events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
