import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

/** The real `rapport` command as a child process, on an embedded data directory. */
const bin = join(import.meta.dirname, "..", "bin", "rapport.js");

export type Run = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Both streams as they arrived, interleaved: what a terminal shows. */
  output: () => string;
  exited: Promise<number | null>;
};

/**
 * Spawns `rapport ...args`. `stdin`: a string is written and closed; "open" leaves the pipe
 * open (a command that does not read stdin must not wait for it); undefined gives /dev/null.
 */
export function rapport(args: string[], env: Record<string, string>, stdin?: string | "open"): Run {
  const { DATABASE_URL: _omit, ...rest } = process.env;
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...rest, LOG_LEVEL: "warn", ...env },
    stdio: [stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  if (typeof stdin === "string" && stdin !== "open") child.stdin?.end(stdin);
  let out = "";
  let err = "";
  let both = "";
  child.stdout!.on("data", (d) => {
    out += d;
    both += d;
  });
  child.stderr!.on("data", (d) => {
    err += d;
    both += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, stdout: () => out, stderr: () => err, output: () => both, exited };
}

/** Runs a command to its end. */
export async function rapportDone(
  args: string[],
  env: Record<string, string>,
  stdin?: string | "open",
) {
  const run = rapport(args, env, stdin);
  const code = await run.exited;
  run.child.stdin?.destroy();
  return { code, out: run.stdout(), err: run.stderr() };
}

export async function waitFor(pred: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts `rapport serve` on a free port and resolves once it prints its URL. */
export async function serve(dataDir: string, extra: string[] = []) {
  const server = rapport(["serve", ...extra], {
    DATA_DIR: dataDir,
    PORT: "0",
    SCHEDULER_INTERVAL_MS: "0",
  });
  await waitFor(() => /running at http:\/\/localhost:\d+/.test(server.stdout()), 200_000);
  const url = /running at (http:\/\/localhost:\d+)/.exec(server.stdout())![1]!;
  return { ...server, url };
}
