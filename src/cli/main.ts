import { type Config, loadConfig } from "../config.ts";
import { runInServer } from "./channel/client.ts";

function embeddedConfig(): Config | null {
  try {
    const config = loadConfig();
    return config.databaseUrl ? null : config;
  } catch {
    return null; // The command, run here, reports the invalid setting.
  }
}

/**
 * On the embedded database a running server holds the data directory: the command runs inside
 * it, over its owner-only socket (docs/decisions/0008). Without a server, on PostgreSQL, or for
 * a command that runs in the CLI's process (`solve`), it runs here. The program and its
 * database modules load only then: handing a command over stays quick.
 */
async function main(args: string[]): Promise<number> {
  const config = embeddedConfig();
  if (config) {
    const code = await runInServer(config.dataDir, args);
    if (code !== null) return code;
  }
  const { runHere } = await import("./local.ts");
  return runHere(args);
}

process.exitCode = await main(process.argv.slice(2));
