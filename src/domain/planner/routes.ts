import { endNode, type Instance, startNode } from "./instance.ts";

// Local copies of instance.ts's window helpers: under tsx every call to an imported function
// goes through a module-namespace getter, which costs ~15 % of the hot loop.
function earliestStart(inst: Instance, node: number, t: number): number {
  const end = inst.twOff[node + 1]!;
  for (let k = inst.twOff[node]!; k < end; k++) {
    if (t <= inst.twEnd[k]!) return Math.max(t, inst.twStart[k]!);
  }
  return Number.POSITIVE_INFINITY;
}

function latestStart(inst: Instance, node: number, t: number): number {
  for (let k = inst.twOff[node + 1]! - 1; k >= inst.twOff[node]!; k--) {
    if (t >= inst.twStart[k]!) return Math.min(t, inst.twEnd[k]!);
  }
  return Number.NEGATIVE_INFINITY;
}

/**
 * Mutable set of routes with, for every position, the earliest feasible service start (forward
 * pass) and the latest service start that keeps the rest of the route feasible (backward pass).
 * With both, inserting a task between two positions is checked in O(1): the new arrival at the
 * successor must not exceed its latest start. Position 0 is the start depot, `len + 1` the end.
 */
export class Routes {
  readonly inst: Instance;
  readonly nodes: Int32Array[];
  /** Node whose location applies at a position: breaks take their predecessor's location. */
  readonly eff: Int32Array[];
  readonly es: Float64Array[];
  readonly ls: Float64Array[];
  /** Cumulative demand up to and including each position. */
  readonly cum: Float64Array[];
  /** Number of vehicle-restricted (locked, skills) tasks up to and including each position. */
  readonly rcum: Int32Array[];
  readonly len: Int32Array;
  readonly nReal: Int32Array;
  readonly load: Float64Array;
  /** Travel cost of the path, counted only when the route serves a real job (plus fixed cost). */
  readonly cost: Float64Array;
  readonly enabled: Uint8Array;
  readonly routeOf: Int32Array;
  readonly posOf: Int32Array;

  constructor(inst: Instance) {
    this.inst = inst;
    const size = inst.nTasks + 2;
    this.nodes = [];
    this.eff = [];
    this.es = [];
    this.ls = [];
    this.cum = [];
    this.rcum = [];
    for (let v = 0; v < inst.nVeh; v++) {
      const nodes = new Int32Array(size);
      nodes[0] = startNode(inst, v);
      nodes[1] = endNode(inst, v);
      this.nodes.push(nodes);
      this.eff.push(new Int32Array(size));
      this.es.push(new Float64Array(size));
      this.ls.push(new Float64Array(size));
      this.cum.push(new Float64Array(size));
      this.rcum.push(new Int32Array(size));
    }
    this.len = new Int32Array(inst.nVeh);
    this.nReal = new Int32Array(inst.nVeh);
    this.load = new Float64Array(inst.nVeh);
    this.cost = new Float64Array(inst.nVeh);
    this.enabled = new Uint8Array(inst.nVeh).fill(1);
    this.routeOf = new Int32Array(inst.nTasks).fill(-1);
    this.posOf = new Int32Array(inst.nTasks).fill(-1);
    for (let v = 0; v < inst.nVeh; v++) this.recompute(v);
  }

  totalCost(): number {
    let sum = 0;
    for (let v = 0; v < this.inst.nVeh; v++) sum += this.cost[v]!;
    return sum;
  }

  usedVehicles(): number {
    let used = 0;
    for (let v = 0; v < this.inst.nVeh; v++) if (this.nReal[v]! > 0) used++;
    return used;
  }

  /** Recomputes schedule, load and cost of route `r` from its node list. */
  recompute(r: number): void {
    const { inst } = this;
    const { n, time, cost, service, isBreak, demand } = inst;
    const nodes = this.nodes[r]!;
    const eff = this.eff[r]!;
    const es = this.es[r]!;
    const ls = this.ls[r]!;
    const cum = this.cum[r]!;
    const len = this.len[r]!;
    let load = 0;
    cum[0] = 0;
    const rcum = this.rcum[r]!;
    rcum[0] = 0;
    let restricted = 0;
    let c = 0;
    let real = 0;
    eff[0] = nodes[0]!;
    es[0] = inst.twStart[inst.twOff[nodes[0]!]!]!;
    for (let p = 1; p <= len + 1; p++) {
      const node = nodes[p]!;
      const prev = nodes[p - 1]!;
      const pe = eff[p - 1]!;
      let arr = es[p - 1]! + service[prev]!;
      if (isBreak[node]) {
        eff[p] = pe;
      } else {
        eff[p] = node;
        arr += time[pe * n + node]!;
        c += cost[pe * n + node]!;
        if (p <= len) real++;
      }
      load += demand[node]!;
      cum[p] = load;
      if (p <= len && inst.restricted[node]) restricted++;
      rcum[p] = restricted;
      es[p] = earliestStart(inst, node, arr);
    }
    ls[len + 1] = latestStart(inst, nodes[len + 1]!, Number.POSITIVE_INFINITY);
    for (let p = len; p >= 0; p--) {
      const node = nodes[p]!;
      const next = nodes[p + 1]!;
      const travel = isBreak[next] ? 0 : time[eff[p]! * n + next]!;
      ls[p] = latestStart(inst, node, ls[p + 1]! - travel - service[node]!);
    }
    this.load[r] = load;
    this.nReal[r] = real;
    this.cost[r] = real > 0 ? c + inst.fixedCost[r]! : 0;
    for (let p = 1; p <= len; p++) {
      const t = nodes[p]!;
      this.routeOf[t] = r;
      this.posOf[t] = p;
    }
  }

  /** True when every position of route `r` can be served in time. */
  feasible(r: number): boolean {
    const es = this.es[r]!;
    const ls = this.ls[r]!;
    const len = this.len[r]!;
    for (let p = 0; p <= len + 1; p++) if (!(es[p]! <= ls[p]! + 1e-9)) return false;
    return this.load[r]! <= this.inst.capacity[r]! + 1e-9;
  }

  /**
   * Cost increase of inserting `u` between positions `p` and `p + 1` of route `r`, or Infinity if
   * that breaks a time window. Capacity and stop limits are checked by the caller once per route.
   */
  insertDelta(r: number, u: number, p: number): number {
    const { inst } = this;
    const { n, time, cost, service, isBreak } = inst;
    const nodes = this.nodes[r]!;
    const ae = this.eff[r]![p]!;
    const uBreak = isBreak[u] === 1;
    const ue = uBreak ? ae : u;
    let t = this.es[r]![p]! + service[nodes[p]!]! + (uBreak ? 0 : time[ae * n + u]!);
    t = earliestStart(inst, u, t);
    if (t === Number.POSITIVE_INFINITY) return t;
    t += service[u]!;
    // Breaks right after the insertion point take the new task's location, so their latest
    // starts (computed for the old predecessor) no longer apply: walk them explicitly.
    let q = p + 1;
    let b = nodes[q]!;
    if (isBreak[b] && !uBreak) {
      while (isBreak[b]) {
        t = earliestStart(inst, b, t);
        if (t === Number.POSITIVE_INFINITY) return t;
        t += service[b]!;
        b = nodes[++q]!;
      }
      t += time[ue * n + b]!;
    } else {
      t += isBreak[b] ? 0 : time[ue * n + b]!;
    }
    if (t > this.ls[r]![q]!) return Number.POSITIVE_INFINITY;
    if (uBreak) return 0;
    let be = b;
    if (isBreak[b]) {
      // u is real and the successor is a break reached through a break: find the real successor.
      while (isBreak[be]) be = nodes[++q]!;
    }
    const delta = cost[ae * n + u]! + cost[u * n + be]! - cost[ae * n + be]!;
    return this.nReal[r] === 0 ? delta + cost[ae * n + be]! + inst.fixedCost[r]! : delta;
  }

  insert(r: number, u: number, p: number): void {
    const nodes = this.nodes[r]!;
    const len = this.len[r]!;
    nodes.copyWithin(p + 2, p + 1, len + 2);
    nodes[p + 1] = u;
    this.len[r] = len + 1;
    this.recompute(r);
  }

  /** Removes tasks (marked in `mark`) from route `r` and recomputes it once. */
  compact(r: number, mark: Uint8Array): void {
    const nodes = this.nodes[r]!;
    const len = this.len[r]!;
    let w = 1;
    for (let p = 1; p <= len; p++) {
      const t = nodes[p]!;
      if (mark[t]) {
        this.routeOf[t] = -1;
        this.posOf[t] = -1;
      } else {
        nodes[w++] = t;
      }
    }
    nodes[w] = nodes[len + 1]!;
    this.len[r] = w - 1;
    this.recompute(r);
  }

  /** Copies route `r` (and the position of its tasks) from `src`. */
  copyRoute(src: Routes, r: number): void {
    const len = src.len[r]!;
    this.nodes[r]!.set(src.nodes[r]!.subarray(0, len + 2));
    this.eff[r]!.set(src.eff[r]!.subarray(0, len + 2));
    this.es[r]!.set(src.es[r]!.subarray(0, len + 2));
    this.ls[r]!.set(src.ls[r]!.subarray(0, len + 2));
    this.cum[r]!.set(src.cum[r]!.subarray(0, len + 2));
    this.rcum[r]!.set(src.rcum[r]!.subarray(0, len + 2));
    this.len[r] = len;
    this.nReal[r] = src.nReal[r]!;
    this.load[r] = src.load[r]!;
    this.cost[r] = src.cost[r]!;
    this.enabled[r] = src.enabled[r]!;
    const nodes = src.nodes[r]!;
    for (let p = 1; p <= len; p++) {
      const t = nodes[p]!;
      this.routeOf[t] = r;
      this.posOf[t] = p;
    }
  }

  copyFrom(src: Routes): void {
    this.routeOf.fill(-1);
    this.posOf.fill(-1);
    for (let r = 0; r < this.inst.nVeh; r++) this.copyRoute(src, r);
  }
}
