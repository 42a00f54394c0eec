import type { PlanResult, PlanRoute, User } from "./api.ts";

/**
 * Pure pieces of the planning screen (no React, no Leaflet), so they are tested directly:
 * dates, colours, grouping routes by day and rep, times in the rep's own time zone.
 */

/** The Monday after `today` (a Monday gives the next week's, never today). */
export function nextMonday(today: Date = new Date()): string {
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  const ahead = (8 - d.getUTCDay()) % 7 || 7;
  d.setUTCDate(d.getUTCDate() + ahead);
  return d.toISOString().slice(0, 10);
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0), f(8), f(4)].map((v) => Math.round(v * 255)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * A distinct colour for route `i`: hues spread by the golden angle stay apart for any number
 * of routes; each is darkened until white pin numbers on it reach 4.5:1 (WCAG AA), which
 * yellows and greens need more than blues.
 */
export function routeColor(i: number): string {
  const hue = (i * 137.508 + 210) % 360;
  let rgb = hslToRgb(hue, 0.75, 0.45);
  for (let l = 0.45; l > 0.1 && 1.05 / (luminance(rgb) + 0.05) < 4.6; l -= 0.01) {
    rgb = hslToRgb(hue, 0.75, l);
  }
  return `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

export const routeKey = (r: Pick<PlanRoute, "repId" | "date">) => `${r.repId}|${r.date}`;

export type ColoredRoute = PlanRoute & { key: string; color: string; index: number };

/** Routes in the server's order (date, then rep), each with its colour. */
export function colorRoutes(result: PlanResult): ColoredRoute[] {
  return result.routes.map((r, index) => ({
    ...r,
    key: routeKey(r),
    color: routeColor(index),
    index,
  }));
}

/** Every planned day in the horizon (also those without routes), each with its routes. */
export function groupByDay(
  routes: ColoredRoute[],
  startDate: string,
  days: number,
): { date: string; routes: ColoredRoute[] }[] {
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(startDate, i);
    return { date, routes: routes.filter((r) => r.date === date) };
  });
}

export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export type RepInfo = { id: string; name: string; timeZone?: string };

/** Names and time zones of the planned reps: from the plan itself, else from /users. */
export function repDirectory(
  repIds: string[],
  result: PlanResult | null,
  users: Pick<User, "id" | "name" | "timeZone">[] | undefined,
): Map<string, RepInfo> {
  const map = new Map<string, RepInfo>();
  for (const id of repIds) {
    const u = users?.find((x) => x.id === id);
    const r = result?.reps?.find((x) => x.id === id);
    map.set(id, { id, name: r?.name ?? u?.name ?? id.slice(0, 8), timeZone: u?.timeZone });
  }
  return map;
}

/** "09:15" in the rep's time zone (the ETA the rep will see), else the browser's. */
export function clock(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(new Date(iso));
}

/** A calendar day ("Mon, 7 Jan"), worded as the visits screens word it: one rule, no drift. */
export { formatDay as dayLabel } from "../../i18n/time.ts";

/** Minutes as "3 h 05 min" / "3 小时 05 分钟" pieces; the caller's template adds the words. */
export function hoursMinutes(min: number): { h: number; m: string } {
  const total = Math.max(0, Math.round(min));
  return { h: Math.floor(total / 60), m: String(total % 60).padStart(2, "0") };
}

/** Stops with a known position: the map draws these; older plans may have none. */
export function routePoints(
  route: PlanRoute,
  home: { lat: number; lon: number } | undefined,
): [number, number][] {
  const stops = route.stops.flatMap((s) =>
    s.lat != null && s.lon != null ? [[s.lat, s.lon] as [number, number]] : [],
  );
  if (!home || stops.length === 0) return stops;
  const base: [number, number] = [home.lat, home.lon];
  return [base, ...stops, base];
}
