import { startCliChannel } from "./channel/server.ts";
import { localContext } from "./context.ts";
import { processIo } from "./io.ts";
import { runCli, runsInServer } from "./program.ts";

/** Runs a command line in this process, on the process's own streams. */
export function runHere(args: string[]): Promise<number> {
  const ctx = localContext(processIo(), (database, config, log) =>
    startCliChannel({ database, config, log, run: runCli, accepts: runsInServer }),
  );
  return runCli(args, ctx);
}
