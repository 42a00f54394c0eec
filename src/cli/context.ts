import { type Config, loadConfig } from "../config.ts";
import type { Database } from "../db/client.ts";
import { openConfiguredDatabase } from "../db/open.ts";
import { CliError, type CliIo } from "./io.ts";

export type ChannelLog = {
  warn(msg: string): void;
  error(obj: { err: unknown }, msg: string): void;
};

/** Starts the server's CLI channel; injected so `serve` needs no import of the program. */
export type StartCliChannel = (
  database: Database,
  config: Config,
  log: ChannelLog,
) => Promise<{ close(): Promise<void> }>;

/**
 * What a command runs with. One implementation per command: the same action runs in the
 * CLI's own process (it opens the database) or inside a running server that the CLI handed
 * the command to (it uses the server's open database and streams to the CLI's terminal).
 */
export type CliContext = {
  io: CliIo;
  config(): Config;
  /** Runs `fn` with a migrated database: opened and closed around it, or the server's own. */
  withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T>;
  /** Set when the command runs inside a server on behalf of a CLI process. */
  remote: { pid: number; dataDir: string } | null;
  startCliChannel: StartCliChannel | null;
};

export function localContext(io: CliIo, startCliChannel: StartCliChannel | null): CliContext {
  let config: Config | null = null;
  const getConfig = () => {
    config ??= loadConfig();
    return config;
  };
  return {
    io,
    config: getConfig,
    async withDatabase(fn) {
      const database = await openConfiguredDatabase(getConfig());
      try {
        return await fn(database);
      } finally {
        await database.close();
      }
    },
    remote: null,
    startCliChannel,
  };
}

export function remoteContext(io: CliIo, database: Database, config: Config): CliContext {
  return {
    io,
    config: () => config,
    withDatabase: (fn) => fn(database),
    remote: { pid: process.pid, dataDir: config.dataDir },
    startCliChannel: null,
  };
}

/** For commands that cannot run inside a running server (`serve`, `migrate`). */
export function refuseRemote(ctx: CliContext, command: string, why: string): void {
  if (!ctx.remote) return;
  throw new CliError(
    `\`${command}\` cannot run while the Rapport server (pid ${ctx.remote.pid}) uses ` +
      `${ctx.remote.dataDir}: ${why}`,
  );
}

const inCliProcess = new WeakSet<object>();

/** Marks a top-level command that never goes to a running server (it needs no database). */
export function runsInCliProcess<C extends object>(command: C): C {
  inCliProcess.add(command);
  return command;
}

export function isCliProcessOnly(command: object): boolean {
  return inCliProcess.has(command);
}
