import type { LatLon } from "./crs.ts";

/** Map apps a "navigate" link can open (the profile's `mapApp`). */
export const MAP_APPS = ["amap", "baidu", "apple", "google"] as const;
export type MapApp = (typeof MAP_APPS)[number];

export type Destination = LatLon & { name: string; address?: string | null };

/** Shown to the map provider as the caller; AMap and Baidu ask for one. */
const SOURCE = "rapport";
const BAIDU_SOURCE = "webapp.rapport.crm";

/**
 * The app to use when the profile names none: AMap for a Chinese UI (Google is blocked in
 * China and Apple Maps there is AMap's data anyway), Apple Maps on Apple devices, else Google.
 */
export function defaultMapApp(locale: string, userAgent: string): MapApp {
  if (locale === "zh-CN") return "amap";
  return /iPhone|iPad|iPod|Macintosh/.test(userAgent) ? "apple" : "google";
}

export function chosenMapApp(
  saved: MapApp | null | undefined,
  locale: string,
  userAgent: string,
): MapApp {
  return saved ?? defaultMapApp(locale, userAgent);
}

const coord = (n: number) => n.toFixed(6);
/** AMap separates a point's fields with commas and Baidu with "|": neither may be in a name. */
const label = (s: string) => s.replace(/[,|]/g, " ").trim();

/**
 * A web link that starts turn-by-turn directions to `to` in `app` — from `from` when known, else
 * from wherever the phone is. Every provider is given the stored WGS-84 position and told so,
 * never a converted one: AMap's URI API takes `coordinate=wgs84`, Baidu's `coord_type=wgs84`
 * (both convert to their own datum), Apple and Google take WGS-84 as it is. On a phone with the
 * app installed these https links open the app (AMap with `callnative=1`); elsewhere, the web map.
 */
export function navigationUrl(app: MapApp, to: Destination, from?: LatLon | null): string {
  const q = new URLSearchParams();
  switch (app) {
    case "apple":
      // maps.apple.com links open Apple Maps on iOS and macOS; dirflg=d asks for driving.
      if (from) q.set("saddr", `${coord(from.lat)},${coord(from.lon)}`);
      q.set("daddr", `${coord(to.lat)},${coord(to.lon)}`);
      q.set("dirflg", "d");
      return `https://maps.apple.com/?${q}`;
    case "google":
      // Google's documented cross-platform "Maps URLs" (api=1): the app on phones, else the web.
      q.set("api", "1");
      if (from) q.set("origin", `${coord(from.lat)},${coord(from.lon)}`);
      q.set("destination", `${coord(to.lat)},${coord(to.lon)}`);
      q.set("travelmode", "driving");
      return `https://www.google.com/maps/dir/?${q}`;
    case "amap":
      // uri.amap.com/navigation: points are "lon,lat,name"; without `from`, AMap starts at the
      // phone's own position.
      if (from) q.set("from", `${coord(from.lon)},${coord(from.lat)}`);
      q.set("to", `${coord(to.lon)},${coord(to.lat)},${label(to.name)}`);
      q.set("mode", "car");
      q.set("coordinate", "wgs84");
      q.set("callnative", "1");
      q.set("src", SOURCE);
      return `https://uri.amap.com/navigation?${q}`;
    case "baidu":
      // Baidu's web direction URI needs an origin; without one, its marker page, which offers
      // "到这里去" (directions from here) in the app or the web map.
      if (from) {
        q.set("origin", `latlng:${coord(from.lat)},${coord(from.lon)}`);
        q.set("destination", `latlng:${coord(to.lat)},${coord(to.lon)}|name:${label(to.name)}`);
        q.set("mode", "driving");
      } else {
        q.set("location", `${coord(to.lat)},${coord(to.lon)}`);
        q.set("title", label(to.name));
        q.set("content", label(to.address || to.name));
      }
      q.set("coord_type", "wgs84");
      q.set("output", "html");
      q.set("src", BAIDU_SOURCE);
      return `https://api.map.baidu.com/${from ? "direction" : "marker"}?${q}`;
  }
}

/** `tel:` keeps digits and a leading +: spaces and dashes typed into the record are dropped. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${trimmed.replace(/\D/g, "")}`;
}
