import { type Meters, meters } from "./units.ts";

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

// Mean Earth radius (IUGG); the spherical model is within ~0.5 % of the ellipsoid, which is far
// below the error of assuming straight-line travel in the first place.
const EARTH_RADIUS_M = 6_371_008.8;
const toRad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance between two points. */
export function haversineMeters(a: LatLon, b: LatLon): Meters {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const s =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  // min() guards against s drifting above 1 through rounding for antipodal points.
  return meters(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s))));
}
