import type { Instance } from "./instance.ts";

/** Scratch space reused across iterations so that the hot loop does not allocate. */
export class SisrWork {
  readonly mark: Uint8Array;
  readonly list: Int32Array;
  listLen = 0;
  readonly touched: Int32Array;
  touchedLen = 0;
  readonly touchedStamp: Int32Array;
  stamp = 1;
  readonly sortKey: Float64Array;
  readonly far: Float64Array;
  readonly classSeen: Int32Array;
  classStamp = 0;
  /** Positions left until the next "blink" (skipped position), drawn geometrically. */
  blinkCountdown = 0;
  /**
   * Optional tasks are inserted when their detour is below prize × slack. A slack above 1 lets
   * the annealing try plans whose first stops do not pay for themselves but a whole tour does
   * (greedy insertion alone would never open a route for a lone out-and-back below its prize).
   */
  prizeSlack = 1;
  /** Nearest neighbours whose adjacent positions are tried first (0 = always full scan). */
  granularity = 0;

  constructor(inst: Instance) {
    this.mark = new Uint8Array(inst.nTasks);
    this.list = new Int32Array(inst.nTasks);
    this.touched = new Int32Array(inst.nVeh);
    this.touchedStamp = new Int32Array(inst.nVeh);
    this.sortKey = new Float64Array(inst.nTasks);
    this.far = new Float64Array(inst.nTasks);
    this.classSeen = new Int32Array(inst.nVeh);
    // "Far" ordering uses the mean cost from the vehicles' start depots.
    for (let t = 0; t < inst.nTasks; t++) {
      let sum = 0;
      for (let v = 0; v < inst.nVeh; v++) sum += inst.cost[(inst.nTasks + 2 * v) * inst.n + t]!;
      this.far[t] = inst.nVeh > 0 ? sum / inst.nVeh : 0;
    }
  }

  begin(): void {
    this.stamp++;
    this.touchedLen = 0;
    this.listLen = 0;
  }

  touch(r: number): void {
    if (this.touchedStamp[r] !== this.stamp) {
      this.touchedStamp[r] = this.stamp;
      this.touched[this.touchedLen++] = r;
    }
  }
}
