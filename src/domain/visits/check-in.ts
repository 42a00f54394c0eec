import { haversineMeters, type LatLon } from "../geo.ts";

export type Verification = "verified" | "out_of_radius" | "unverified";

/** Check-ins within this distance of the customer count as verified, unless configured otherwise. */
export const DEFAULT_RADIUS_M = 200;

/**
 * Verifies a check-in position against the customer's. Without a position (the device gave
 * none, or the customer has no coordinates) the visit is `unverified`, never refused.
 * Only the check-in and check-out positions are kept: never a trail.
 */
export function verifyPosition(
  customer: LatLon | null,
  position: (LatLon & { accuracyM?: number | null }) | null,
  radiusM = DEFAULT_RADIUS_M,
): { distanceM: number | null; verification: Verification } {
  if (!customer || !position) return { distanceM: null, verification: "unverified" };
  const distanceM = Math.round(haversineMeters(customer, position));
  return { distanceM, verification: distanceM <= radiusM ? "verified" : "out_of_radius" };
}

export type VisitStatus = "planned" | "checked_in" | "completed" | "cancelled" | "missed";

/** planned → checked_in → completed; planned → cancelled. Everything else is refused. */
export function canMove(from: VisitStatus, to: VisitStatus): boolean {
  if (from === "planned") return to === "checked_in" || to === "cancelled";
  if (from === "checked_in") return to === "completed";
  return false;
}

/** A planned visit whose day has passed without a check-in is missed. */
export function effectiveStatus(status: VisitStatus, dayEnd: Date, now: Date): VisitStatus {
  return status === "planned" && now.getTime() >= dayEnd.getTime() ? "missed" : status;
}

export function dwellMinutes(checkIn: Date | null, checkOut: Date | null): number | null {
  if (!checkIn || !checkOut) return null;
  return Math.max(0, Math.round((checkOut.getTime() - checkIn.getTime()) / 60_000));
}
