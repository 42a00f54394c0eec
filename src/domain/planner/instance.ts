import type { Problem } from "./types.ts";

/**
 * Flat, typed-array view of a Problem used by the search. Node numbering:
 * `0..nJobs-1` real jobs, `nJobs..nTasks-1` breaks (tasks locked to one vehicle, no location of
 * their own), then two depot nodes per vehicle (`startNode(v)`, `endNode(v)`). Node-level
 * matrices avoid a second indirection through location indices in the hot loop.
 */
export interface Instance {
  readonly nJobs: number;
  /** Jobs plus breaks: everything the search assigns to routes. */
  readonly nTasks: number;
  readonly nVeh: number;
  readonly n: number;
  readonly dist: Float64Array;
  readonly time: Float64Array;
  readonly cost: Float64Array;
  readonly service: Float64Array;
  readonly demand: Float64Array;
  readonly twOff: Int32Array;
  readonly twStart: Float64Array;
  readonly twEnd: Float64Array;
  readonly isBreak: Uint8Array;
  readonly hasBreaks: boolean;
  /** Vehicle owning each break task; -1 for jobs. */
  readonly breakOwner: Int32Array;
  readonly mandatory: Uint8Array;
  readonly prize: Float64Array;
  /** `allowed[task * nVeh + v]`; only consulted when `restricted[task]` is set. */
  readonly allowed: Uint8Array;
  readonly restricted: Uint8Array;
  readonly locked: Uint8Array;
  readonly capacity: Float64Array;
  readonly maxStops: Int32Array;
  readonly fixedCost: Float64Array;
  /** Lowest index of an identical vehicle: empty identical routes are tried only once. */
  readonly vehClass: Int32Array;
  /** `neighbors[task * nNeighbors + k]`: other tasks by increasing cost, for SISR adjacency. */
  readonly neighbors: Int32Array;
  readonly nNeighbors: number;
  readonly taskIds: readonly string[];
  readonly vehicleIds: readonly string[];
  /** Location index (into the problem matrix) of each node; -1 for breaks. */
  readonly nodeLocation: Int32Array;
}

export const startNode = (inst: Instance, v: number): number => inst.nTasks + 2 * v;
export const endNode = (inst: Instance, v: number): number => inst.nTasks + 2 * v + 1;

const MAX_NEIGHBORS = 100;

export function buildInstance(problem: Problem): Instance {
  const { jobs, vehicles, matrix } = problem;
  const nJobs = jobs.length;
  const nVeh = vehicles.length;
  const breakOwners: number[] = [];
  const breaks: { id: string; windows: { start: number; end: number }[]; duration: number }[] = [];
  vehicles.forEach((veh, v) => {
    for (const b of veh.breaks ?? []) {
      breakOwners.push(v);
      breaks.push({ id: b.id, windows: [...b.timeWindows], duration: b.duration });
    }
  });
  const nTasks = nJobs + breaks.length;
  const breakOwner = new Int32Array(nTasks).fill(-1);
  breakOwners.forEach((v, i) => {
    breakOwner[nJobs + i] = v;
  });
  const n = nTasks + 2 * nVeh;
  const vehIndex = new Map(vehicles.map((veh, v) => [veh.id, v]));
  const nLoc = matrix.distance.length;

  const nodeLocation = new Int32Array(n).fill(-1);
  jobs.forEach((job, j) => {
    nodeLocation[j] = job.location;
  });
  vehicles.forEach((veh, v) => {
    nodeLocation[nTasks + 2 * v] = veh.startLocation;
    nodeLocation[nTasks + 2 * v + 1] = veh.endLocation;
  });
  for (let i = 0; i < n; i++) {
    const loc = nodeLocation[i]!;
    if (loc >= nLoc) throw new Error(`location ${loc} outside the ${nLoc}×${nLoc} matrix`);
  }

  const cpd = problem.costPerDistance ?? 1;
  const cpt = problem.costPerTravelTime ?? 0;
  const dist = new Float64Array(n * n);
  const time = new Float64Array(n * n);
  const cost = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const li = nodeLocation[i]!;
    if (li < 0) continue;
    const dRow = matrix.distance[li]!;
    const tRow = matrix.duration[li]!;
    for (let k = 0; k < n; k++) {
      const lk = nodeLocation[k]!;
      if (lk < 0) continue;
      const d = dRow[lk]!;
      const t = tRow[lk]!;
      dist[i * n + k] = d;
      time[i * n + k] = t;
      cost[i * n + k] = cpd * d + cpt * t;
    }
  }

  const service = new Float64Array(n);
  const demand = new Float64Array(n);
  const isBreak = new Uint8Array(n);
  const mandatory = new Uint8Array(nTasks);
  const prize = new Float64Array(nTasks);
  const allowed = new Uint8Array(nTasks * nVeh);
  const restricted = new Uint8Array(nTasks);
  const locked = new Uint8Array(nTasks);
  const windows: { start: number; end: number }[][] = [];

  const restrictTo = (task: number, vs: readonly number[]): void => {
    restricted[task] = 1;
    for (const v of vs) allowed[task * nVeh + v] = 1;
  };

  jobs.forEach((job, j) => {
    service[j] = job.service ?? 0;
    demand[j] = job.demand ?? 0;
    const isMandatory = job.prize === undefined;
    mandatory[j] = isMandatory ? 1 : 0;
    prize[j] = job.prize ?? 0;
    let ws = job.timeWindows?.length
      ? [...job.timeWindows].sort((a, b) => a.start - b.start)
      : [{ start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY }];
    if (job.allowedVehicles) {
      restrictTo(
        j,
        job.allowedVehicles.map((id) => vehIndex.get(id)).filter((v) => v !== undefined),
      );
    }
    if (job.lock) {
      const v = vehIndex.get(job.lock.vehicleId);
      if (v === undefined) throw new Error(`job ${job.id} is locked to unknown vehicle`);
      locked[j] = 1;
      allowed.fill(0, j * nVeh, (j + 1) * nVeh);
      restrictTo(j, [v]);
      // A pinned time is a degenerate window; the job must still fit one of its own windows.
      const t = job.lock.time;
      if (t !== undefined)
        ws = ws.some((w) => w.start <= t && t <= w.end) ? [{ start: t, end: t }] : [];
    }
    windows.push(ws);
  });
  breaks.forEach((b, i) => {
    const task = nJobs + i;
    service[task] = b.duration;
    isBreak[task] = 1;
    mandatory[task] = 1;
    locked[task] = 1;
    restrictTo(task, [breakOwners[i]!]);
    windows.push(b.windows.sort((x, y) => x.start - y.start));
  });
  vehicles.forEach((veh) => {
    windows.push([veh.shift], [veh.shift]);
  });

  const twOff = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    twOff[i] = total;
    total += windows[i]!.length;
  }
  twOff[n] = total;
  const twStart = new Float64Array(total);
  const twEnd = new Float64Array(total);
  for (let i = 0; i < n; i++) {
    windows[i]!.forEach((w, k) => {
      twStart[twOff[i]! + k] = w.start;
      twEnd[twOff[i]! + k] = w.end;
    });
  }

  const capacity = new Float64Array(nVeh);
  const maxStops = new Int32Array(nVeh);
  const fixedCost = new Float64Array(nVeh);
  vehicles.forEach((veh, v) => {
    capacity[v] = veh.capacity ?? Number.POSITIVE_INFINITY;
    // Breaks occupy route positions too, so they do not count against the stop limit.
    maxStops[v] = (veh.maxStops ?? 1 << 30) + (veh.breaks?.length ?? 0);
    fixedCost[v] = veh.fixedCost ?? 0;
  });

  const vehClass = new Int32Array(nVeh);
  const signature = (v: number): string => {
    const veh = vehicles[v]!;
    // Vehicles with breaks get a unique signature: their breaks are tasks of their own.
    if (veh.breaks?.length) return `#${v}`;
    return JSON.stringify([
      veh.startLocation,
      veh.endLocation,
      veh.shift,
      capacity[v],
      maxStops[v],
      fixedCost[v],
    ]);
  };
  const firstBySignature = new Map<string, number>();
  for (let v = 0; v < nVeh; v++) {
    const sig = signature(v);
    const first = firstBySignature.get(sig) ?? v;
    firstBySignature.set(sig, first);
    vehClass[v] = first;
  }

  const nNeighbors = Math.min(MAX_NEIGHBORS, Math.max(0, nTasks - 1));
  const neighbors = buildNeighbors(nJobs, nTasks, n, cost, nNeighbors);

  return {
    nJobs,
    nTasks,
    nVeh,
    n,
    dist,
    time,
    cost,
    service,
    demand,
    twOff,
    twStart,
    twEnd,
    isBreak,
    hasBreaks: breaks.length > 0,
    breakOwner,
    mandatory,
    prize,
    allowed,
    restricted,
    locked,
    capacity,
    maxStops,
    fixedCost,
    vehClass,
    neighbors,
    nNeighbors,
    taskIds: [...jobs.map((j) => j.id), ...breaks.map((b) => b.id)],
    vehicleIds: vehicles.map((v) => v.id),
    nodeLocation,
  };
}

function buildNeighbors(
  nJobs: number,
  nTasks: number,
  n: number,
  cost: Float64Array,
  k: number,
): Int32Array {
  const out = new Int32Array(nTasks * k);
  if (k === 0) return out;
  const key = new Float64Array(nTasks);
  const sorted = new Float64Array(nTasks);
  const picked: number[] = [];
  for (let i = 0; i < nTasks; i++) {
    for (let j = 0; j < nTasks; j++) {
      // Breaks have no location: rank them last so that ruin strings follow geography.
      key[j] =
        j === i
          ? Number.POSITIVE_INFINITY
          : i < nJobs && j < nJobs
            ? cost[i * n + j]! + cost[j * n + i]!
            : Number.MAX_VALUE;
    }
    // Native numeric sort finds the k-th smallest key; only the ~k tasks under it are then
    // sorted with a comparator (a full comparator sort costs ~0.7 s at 1,000 tasks).
    sorted.set(key);
    sorted.sort();
    const threshold = sorted[k - 1]!;
    picked.length = 0;
    for (let j = 0; j < nTasks; j++) if (j !== i && key[j]! <= threshold) picked.push(j);
    picked.sort((a, b) => key[a]! - key[b]! || a - b);
    for (let r = 0; r < k; r++) out[i * k + r] = picked[r]!;
  }
  return out;
}

/** Earliest feasible service start at `node` when arriving at `t`; Infinity if too late. */
export function earliestStart(inst: Instance, node: number, t: number): number {
  const end = inst.twOff[node + 1]!;
  for (let k = inst.twOff[node]!; k < end; k++) {
    if (t <= inst.twEnd[k]!) return Math.max(t, inst.twStart[k]!);
  }
  return Number.POSITIVE_INFINITY;
}

/** Latest feasible service start at `node` not after `t`; -Infinity if none. */
export function latestStart(inst: Instance, node: number, t: number): number {
  for (let k = inst.twOff[node + 1]! - 1; k >= inst.twOff[node]!; k--) {
    if (t >= inst.twStart[k]!) return Math.min(t, inst.twEnd[k]!);
  }
  return Number.NEGATIVE_INFINITY;
}
