import { createRequire } from "node:module";
import { percentiles } from "./stats.ts";

/**
 * Runs autocannon in its own process (spawned by http.ts) so the load generator does not
 * share the server's event loop. Input: one JSON argument; output: one JSON line.
 */
export type CannonJob = {
  url: string;
  paths: string[];
  connections: number;
  duration: number;
  headers: Record<string, string>;
};
export type CannonOutcome = {
  p50: number;
  p95: number;
  p99: number;
  n: number;
  reqPerSec: number;
  non2xx: number;
  errors: number;
};

type RequestParams = { method: string; path: string };
type Instance = {
  on(
    event: "response",
    fn: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void;
};
type Result = { non2xx: number; errors: number; requests: { total: number }; duration: number };
// autocannon ships no types; this is the slice of its API used here.
type Autocannon = (
  opts: {
    url: string;
    connections: number;
    duration: number;
    headers: Record<string, string>;
    requests: { setupRequest: (req: RequestParams) => RequestParams }[];
  },
  done: (err: Error | null, result: Result) => void,
) => Instance;

const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const job = JSON.parse(process.argv[2] ?? "{}") as CannonJob;
const samples: number[] = [];
let next = 0;
const instance = autocannon(
  {
    url: job.url,
    connections: job.connections,
    duration: job.duration,
    headers: job.headers,
    requests: [
      {
        setupRequest: (req) => ({ ...req, path: job.paths[next++ % job.paths.length]! }),
      },
    ],
  },
  (err, result) => {
    if (err) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    // Autocannon's own histogram has p97.5 but no p95, so percentiles come from the samples.
    const outcome: CannonOutcome = {
      ...percentiles(samples),
      reqPerSec: result.requests.total / result.duration,
      non2xx: result.non2xx,
      errors: result.errors,
    };
    process.stdout.write(`${JSON.stringify(outcome)}\n`);
  },
);
instance.on("response", (_client, _status, _bytes, ms) => samples.push(ms));
