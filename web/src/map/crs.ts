import gcoord from "gcoord";

/** A position as Rapport stores it: WGS-84, the GPS datum. */
export type LatLon = { lat: number; lon: number };

/**
 * The coordinate system the installation's map tiles are drawn in (MAP_TILE_CRS). Chinese tile
 * servers (AMap/Gaode, Tencent) draw in GCJ-02, the legally required offset datum, where a
 * WGS-84 position lands 300–600 m away from its street.
 */
export type TileCrs = "wgs84" | "gcj02";

/**
 * Where a stored (WGS-84) position is drawn on tiles in `crs`. Display only: nothing converted
 * here is ever sent back. Outside China GCJ-02 equals WGS-84 and the point is returned as it is
 * (gcoord's own bounding box decides).
 */
export function toDisplay(p: LatLon, crs: TileCrs): LatLon {
  if (crs === "wgs84") return p;
  const [lon, lat] = gcoord.transform([p.lon, p.lat], gcoord.WGS84, gcoord.GCJ02);
  return { lat, lon };
}

/**
 * The stored (WGS-84) position of a point picked on tiles in `crs` (a click or a dragged pin):
 * the inverse of toDisplay, iterated by gcoord to well under a metre.
 */
export function fromDisplay(p: LatLon, crs: TileCrs): LatLon {
  if (crs === "wgs84") return p;
  const [lon, lat] = gcoord.transform([p.lon, p.lat], gcoord.GCJ02, gcoord.WGS84);
  return { lat, lon };
}

/** Great-circle distance in metres, for tests and sanity checks of the conversion. */
export function metersBetween(a: LatLon, b: LatLon): number {
  const R = 6_371_008.8;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}
