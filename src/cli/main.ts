import { loadConfig } from "../config.ts";
import { runInServer } from "./channel/client.ts";
import { startCliChannel } from "./channel/server.ts";
import { localContext } from "./context.ts";
import { processIo } from "./io.ts";
import { runCli, runsInServer } from "./program.ts";

const args = process.argv.slice(2);
const ctx = localContext(processIo(), (database, config, log) =>
  startCliChannel({ database, config, log, run: runCli }),
);

/**
 * On the embedded database a running server holds the data directory: the command runs inside
 * it, over its owner-only socket. Without a server (or on PostgreSQL) it runs here.
 */
async function main(): Promise<number> {
  if (runsInServer(args, ctx)) {
    const config = (() => {
      try {
        return loadConfig();
      } catch {
        return null; // runCli below reports the invalid setting.
      }
    })();
    if (config && !config.databaseUrl) {
      const code = await runInServer(config.dataDir, args);
      if (code !== null) return code;
    }
  }
  return runCli(args, ctx);
}

process.exitCode = await main();
