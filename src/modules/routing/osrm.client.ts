import type { LatLon } from "../../domain/geo.ts";
import type { TravelMatrix } from "../../domain/planner/types.ts";

export type RoutingErrorCode =
  | "ROUTING_TIMEOUT"
  | "ROUTING_UPSTREAM_ERROR"
  | "ROUTING_UNAVAILABLE"
  | "ROUTING_BAD_RESPONSE";

export class RoutingError extends Error {
  readonly code: RoutingErrorCode;
  /** OSRM's own code (e.g. "InvalidQuery") or the HTTP status, when there is one. */
  readonly upstream: string | undefined;

  constructor(code: RoutingErrorCode, message: string, upstream?: string) {
    super(message);
    this.name = "RoutingError";
    this.code = code;
    this.upstream = upstream;
  }
}

export interface OsrmClientOptions {
  /** e.g. "http://localhost:5000" (no trailing slash needed). */
  readonly baseUrl: string;
  readonly profile?: string;
  readonly timeoutMs?: number;
}

/** Matrices in meters and seconds; an unreachable pair (OSRM `null`) becomes Infinity. */
export type OsrmMatrix = TravelMatrix;

function readMatrix(value: unknown, size: number, name: string): number[][] {
  if (!Array.isArray(value) || value.length !== size) {
    throw new RoutingError(
      "ROUTING_BAD_RESPONSE",
      `OSRM response: ${name} is not a ${size}-row matrix`,
    );
  }
  return value.map((row: unknown) => {
    if (!Array.isArray(row) || row.length !== size) {
      throw new RoutingError("ROUTING_BAD_RESPONSE", `OSRM response: ${name} row has wrong length`);
    }
    return row.map((x: unknown) => {
      if (x === null) return Number.POSITIVE_INFINITY;
      if (typeof x !== "number" || !Number.isFinite(x)) {
        throw new RoutingError("ROUTING_BAD_RESPONSE", `OSRM response: ${name} has a non-number`);
      }
      return x;
    });
  });
}

/** Calls OSRM's `table` service for a full distance and duration matrix between `points`. */
export async function fetchOsrmTable(
  points: readonly LatLon[],
  options: OsrmClientOptions,
): Promise<OsrmMatrix> {
  if (points.length === 0) return { distance: [], duration: [] };
  const base = options.baseUrl.replace(/\/+$/, "");
  // OSRM wants lon,lat order; 6 decimals is ~0.1 m, well below road-snapping precision.
  const coords = points.map((p) => `${p.lon.toFixed(6)},${p.lat.toFixed(6)}`).join(";");
  const url = `${base}/table/v1/${options.profile ?? "driving"}/${coords}?annotations=distance,duration`;
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let body: unknown;
  let status = 0;
  try {
    const res = await fetch(url, { signal: controller.signal });
    status = res.status;
    const text = await res.text();
    try {
      body = JSON.parse(text);
    } catch {
      if (!res.ok)
        throw new RoutingError(
          "ROUTING_UPSTREAM_ERROR",
          `OSRM answered HTTP ${status}`,
          String(status),
        );
      throw new RoutingError("ROUTING_BAD_RESPONSE", "OSRM response is not JSON");
    }
  } catch (err) {
    if (err instanceof RoutingError) throw err;
    if (controller.signal.aborted) {
      throw new RoutingError("ROUTING_TIMEOUT", `OSRM did not answer within ${timeoutMs} ms`);
    }
    throw new RoutingError("ROUTING_UNAVAILABLE", `OSRM request failed: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  const obj = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const code = typeof obj.code === "string" ? obj.code : undefined;
  if (status !== 200 || code !== "Ok") {
    const message = typeof obj.message === "string" ? obj.message : `HTTP ${status}`;
    throw new RoutingError(
      "ROUTING_UPSTREAM_ERROR",
      `OSRM error ${code ?? status}: ${message}`,
      code ?? String(status),
    );
  }
  return {
    distance: readMatrix(obj.distances, points.length, "distances"),
    duration: readMatrix(obj.durations, points.length, "durations"),
  };
}
