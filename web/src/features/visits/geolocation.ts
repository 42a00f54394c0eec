export type Position = { lat: number; lon: number; accuracyM: number };
export type NoPosition = "denied" | "unavailable" | "timeout" | "unsupported";

/**
 * The device's position once, as a promise. A timeout keeps a rep in a basement from waiting
 * forever; a cached fix up to a minute old is good enough for "am I at the customer".
 */
export function currentPosition(timeoutMs = 15_000): Promise<Position> {
  return new Promise((resolve, reject: (reason: NoPosition) => void) => {
    if (typeof navigator === "undefined" || !navigator.geolocation) {
      reject("unsupported");
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({
          lat: p.coords.latitude,
          lon: p.coords.longitude,
          accuracyM: Math.min(100_000, Math.max(0, p.coords.accuracy)),
        }),
      (e) => reject(e.code === 1 ? "denied" : e.code === 3 ? "timeout" : "unavailable"),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}

export function isNoPosition(value: unknown): value is NoPosition {
  return (
    value === "denied" || value === "unavailable" || value === "timeout" || value === "unsupported"
  );
}
