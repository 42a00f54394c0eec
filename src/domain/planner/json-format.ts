import { z } from "zod";
import { greatCircleMatrix } from "./matrix.ts";
import type { Problem } from "./types.ts";

// The JSON problem format of `rapport solve` (documented in docs/planner.md). It mirrors the
// typed Problem, plus two conveniences: ids may be numbers, and coordinates may replace the
// matrix (great-circle distance × circuity ÷ speed).
const window = z.object({ start: z.number(), end: z.number() });
const id = z.union([z.string(), z.number()]);

const schema = z
  .object({
    locations: z.array(z.object({ lat: z.number(), lon: z.number() })).optional(),
    matrix: z
      .object({ distance: z.array(z.array(z.number())), duration: z.array(z.array(z.number())) })
      .optional(),
    circuity: z.number().positive().optional(),
    speedKmh: z.number().positive().optional(),
    costPerDistance: z.number().nonnegative().optional(),
    costPerTravelTime: z.number().nonnegative().optional(),
    vehicles: z.array(
      z.object({
        id,
        startLocation: z.number().int().nonnegative(),
        endLocation: z.number().int().nonnegative().optional(),
        shift: window,
        capacity: z.number().nonnegative().optional(),
        maxStops: z.number().int().nonnegative().optional(),
        fixedCost: z.number().nonnegative().optional(),
        breaks: z
          .array(z.object({ id, timeWindows: z.array(window).min(1), duration: z.number() }))
          .optional(),
      }),
    ),
    jobs: z.array(
      z.object({
        id,
        location: z.number().int().nonnegative(),
        timeWindows: z.array(window).optional(),
        service: z.number().nonnegative().optional(),
        demand: z.number().nonnegative().optional(),
        prize: z.number().nonnegative().optional(),
        allowedVehicles: z.array(id).optional(),
        lock: z.object({ vehicleId: id, time: z.number().optional() }).optional(),
      }),
    ),
  })
  .refine((p) => p.matrix !== undefined || p.locations !== undefined, {
    message: "either matrix or locations is required",
  });

export interface ParsedJsonProblem {
  readonly problem: Problem;
  /** Original job ids, so that numeric ids are printed back as numbers. */
  readonly originalIds: ReadonlyMap<string, string | number>;
}

export function parseJsonProblem(text: string): ParsedJsonProblem {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid problem: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`);
  }
  const p = parsed.data;
  const matrix =
    p.matrix ??
    greatCircleMatrix(p.locations ?? [], {
      ...(p.circuity !== undefined ? { circuity: p.circuity } : {}),
      ...(p.speedKmh !== undefined ? { speedMps: p.speedKmh / 3.6 } : {}),
    });
  const originalIds = new Map<string, string | number>();
  const problem: Problem = {
    matrix,
    ...(p.costPerDistance !== undefined ? { costPerDistance: p.costPerDistance } : {}),
    ...(p.costPerTravelTime !== undefined ? { costPerTravelTime: p.costPerTravelTime } : {}),
    vehicles: p.vehicles.map((v) => ({
      ...v,
      id: String(v.id),
      endLocation: v.endLocation ?? v.startLocation,
      breaks: v.breaks?.map((b) => ({ ...b, id: String(b.id) })),
    })),
    jobs: p.jobs.map((j) => {
      originalIds.set(String(j.id), j.id);
      return {
        ...j,
        id: String(j.id),
        allowedVehicles: j.allowedVehicles?.map(String),
        lock: j.lock ? { ...j.lock, vehicleId: String(j.lock.vehicleId) } : undefined,
      };
    }),
  };
  return { problem, originalIds };
}
