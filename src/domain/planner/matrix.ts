import { haversineMeters, type LatLon } from "../geo.ts";
import type { TravelMatrix } from "./types.ts";

export interface GreatCircleOptions {
  /** Road distance ÷ straight-line distance; ~1.3 is typical for European road networks. */
  readonly circuity?: number;
  /** Average travel speed in meters per second (default 40 km/h, urban and suburban mix). */
  readonly speedMps?: number;
}

/**
 * Distance and duration matrices from coordinates when no road router is available:
 * great-circle distance × circuity, and duration = distance ÷ speed.
 */
export function greatCircleMatrix(
  points: readonly LatLon[],
  options: GreatCircleOptions = {},
): TravelMatrix {
  const circuity = options.circuity ?? 1.3;
  const speed = options.speedMps ?? 40 / 3.6;
  if (!(circuity > 0) || !(speed > 0)) throw new Error("circuity and speed must be positive");
  const distance = points.map((a) => points.map((b) => haversineMeters(a, b) * circuity));
  const duration = distance.map((row) => row.map((d) => d / speed));
  return { distance, duration };
}
