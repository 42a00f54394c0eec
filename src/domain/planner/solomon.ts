import type { Job, Problem, Vehicle } from "./types.ts";

export interface SolomonCustomer {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly demand: number;
  readonly ready: number;
  readonly due: number;
  readonly service: number;
}

export interface SolomonInstance {
  readonly name: string;
  readonly vehicles: number;
  readonly capacity: number;
  /** Node 0 is the depot. */
  readonly nodes: readonly SolomonCustomer[];
}

/** Parses Solomon's text format (name, VEHICLE section, CUSTOMER table). Pure: takes the text. */
export function parseSolomon(text: string): SolomonInstance {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const name = lines.find((l) => l.length > 0) ?? "";
  const numericRows = lines
    .filter((l) => /^[-\d.\s]+$/.test(l) && l.length > 0)
    .map((l) => l.split(/\s+/).map(Number));
  const header = numericRows.find((r) => r.length === 2);
  if (!header) throw new Error("Solomon file: missing VEHICLE NUMBER / CAPACITY line");
  const nodes = numericRows
    .filter((r) => r.length === 7)
    .map(([id, x, y, demand, ready, due, service]) => ({
      id: id!,
      x: x!,
      y: y!,
      demand: demand!,
      ready: ready!,
      due: due!,
      service: service!,
    }));
  if (nodes.length < 2 || nodes[0]!.id !== 0) {
    throw new Error("Solomon file: expected the depot (node 0) followed by customers");
  }
  return { name, vehicles: header[0]!, capacity: header[1]!, nodes };
}

/** Exact (unrounded) Euclidean matrix; travel time equals distance, as in the benchmark. */
export function solomonToProblem(inst: SolomonInstance): Problem {
  const { nodes } = inst;
  const distance = nodes.map((a) => nodes.map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
  const depot = nodes[0]!;
  const vehicles: Vehicle[] = Array.from({ length: inst.vehicles }, (_, v) => ({
    id: `v${v + 1}`,
    startLocation: 0,
    endLocation: 0,
    shift: { start: depot.ready, end: depot.due },
    capacity: inst.capacity,
  }));
  const jobs: Job[] = nodes.slice(1).map((c, i) => ({
    id: String(c.id),
    location: i + 1,
    timeWindows: [{ start: c.ready, end: c.due }],
    service: c.service,
    demand: c.demand,
  }));
  return { matrix: { distance, duration: distance }, vehicles, jobs };
}
