import type { Job, Problem, Vehicle } from "../../src/domain/planner/types.ts";

/** Small deterministic PRNG (mulberry32) so the scale instance is the same on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A field-sales-like random instance: customers uniform on a 100 × 100 square, depot in the
 * middle, 300-unit windows over a 3,000-unit day, service 5, 20 vehicles with capacity 300
 * (about 50 stops each, so the fleet is tight but sufficient).
 */
export function scaleProblem(jobs: number, vehicles: number, seed: number): Problem {
  const rnd = mulberry32(seed);
  const horizon = 3000;
  const pts = [{ x: 50, y: 50 }];
  for (let i = 0; i < jobs; i++) pts.push({ x: rnd() * 100, y: rnd() * 100 });
  const distance = pts.map((a) => pts.map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
  const fleet: Vehicle[] = Array.from({ length: vehicles }, (_, v) => ({
    id: `v${v + 1}`,
    startLocation: 0,
    endLocation: 0,
    shift: { start: 0, end: horizon },
    capacity: 300,
  }));
  const list: Job[] = [];
  for (let i = 0; i < jobs; i++) {
    const d0 = distance[0]![i + 1]!;
    const start = d0 + rnd() * (horizon - 2 * d0 - 310);
    list.push({
      id: String(i + 1),
      location: i + 1,
      timeWindows: [{ start, end: start + 300 }],
      service: 5,
      demand: 1 + Math.floor(rnd() * 5),
    });
  }
  return { matrix: { distance, duration: distance }, vehicles: fleet, jobs: list };
}
