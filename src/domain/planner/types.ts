// Public model of the route planner. Times are seconds on a common clock chosen by the caller
// (e.g. seconds since midnight of the plan day); distances are meters. The Solomon adapter reuses
// the same fields with the instance's own abstract units.

/** Square matrices indexed by location index: `distance[from][to]`, `duration[from][to]`. */
export interface TravelMatrix {
  readonly distance: readonly (readonly number[])[];
  readonly duration: readonly (readonly number[])[];
}

export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

export interface Break {
  readonly id: string;
  /** The break must start inside one of these windows. */
  readonly timeWindows: readonly TimeWindow[];
  readonly duration: number;
}

export interface Vehicle {
  readonly id: string;
  readonly startLocation: number;
  readonly endLocation: number;
  /** Shift: leave the start no earlier than `start`, be back at the end no later than `end`. */
  readonly shift: TimeWindow;
  readonly capacity?: number;
  readonly maxStops?: number;
  readonly breaks?: readonly Break[];
  /** Cost charged once when the vehicle is used at all (lets callers trade reps for distance). */
  readonly fixedCost?: number;
}

export interface Lock {
  readonly vehicleId: string;
  /** Optional pinned service start time. */
  readonly time?: number;
}

export interface Job {
  readonly id: string;
  readonly location: number;
  /** Service may start in any of these windows; none means "any time in the shift". */
  readonly timeWindows?: readonly TimeWindow[];
  readonly service?: number;
  readonly demand?: number;
  /** Absent or undefined prize ⇒ mandatory. A prize makes the job optional (prize-collecting). */
  readonly prize?: number;
  /** Vehicles allowed to serve the job (skills); undefined ⇒ any. */
  readonly allowedVehicles?: readonly string[];
  readonly lock?: Lock;
}

export interface Problem {
  readonly matrix: TravelMatrix;
  readonly vehicles: readonly Vehicle[];
  readonly jobs: readonly Job[];
  /** Cost of one unit of distance and of one unit of travel time. Default 1 and 0. */
  readonly costPerDistance?: number;
  readonly costPerTravelTime?: number;
}

export type Objective = "distance" | "vehicles-first";

export interface SolveOptions {
  readonly timeLimitMs: number;
  readonly seed?: number;
  readonly objective?: Objective;
  /** Stops after this many iterations even before the time limit (makes runs reproducible). */
  readonly maxIterations?: number;
}

export interface Stop {
  readonly jobId: string;
  readonly kind: "job" | "break";
  readonly location: number;
  readonly arrival: number;
  readonly wait: number;
  readonly start: number;
  readonly departure: number;
  /** Cumulative demand served on this route up to and including this stop. */
  readonly load: number;
}

export interface RoutePlan {
  readonly vehicleId: string;
  readonly stops: readonly Stop[];
  readonly departure: number;
  readonly arrival: number;
  readonly distance: number;
  /** Travel time only (no service or waiting). */
  readonly duration: number;
  readonly load: number;
}

export type UnassignedReason =
  | "no_feasible_window"
  | "capacity"
  | "max_stops"
  | "not_worth_prize"
  | "no_compatible_vehicle"
  | "lock_infeasible"
  | "no_room_in_routes";

export interface Unassigned {
  readonly jobId: string;
  readonly reason: UnassignedReason;
}

export interface Solution {
  /** One entry per used vehicle. */
  readonly routes: readonly RoutePlan[];
  readonly unassigned: readonly Unassigned[];
  readonly distance: number;
  /** Total travel time (no service or waiting). */
  readonly duration: number;
  /** Travel cost (per the problem's cost rates) plus fixed costs of used vehicles. */
  readonly cost: number;
  readonly prizeCollected: number;
  readonly vehicles: number;
  readonly iterations: number;
  readonly elapsedMs: number;
}
