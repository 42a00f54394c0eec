import { chmodSync, mkdirSync, rmSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { Readable, Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import { type ChannelLog, type CliContext, remoteContext } from "../context.ts";
import { CliError, type CliIo } from "../io.ts";
import { dataFrames, encodeFrame, FrameReader, Kind } from "./frames.ts";
import { type CommandRequest, commandRequest } from "./protocol.ts";
import { channelDir, ownedPrivately, socketPath } from "./socket-path.ts";

export type CliChannel = { path: string | null; close(): Promise<void> };

type Commands = {
  run(args: string[], ctx: CliContext): Promise<number>;
  /** False for a command that runs in the CLI's own process (the CLI is told to). */
  accepts(args: string[], ctx: CliContext): boolean;
};

/** A client has this long to send its command line after connecting. */
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Lets `rapport <command>` run inside this server while it holds the embedded database
 * (docs/decisions/0008-cli-through-the-server.md). Listens on a Unix socket in an
 * owner-only directory of the data directory; never on TCP. PostgreSQL needs no channel:
 * any number of processes may open it.
 */
export async function startCliChannel(
  opts: {
    database: Database;
    config: Config;
    log: ChannelLog;
  } & Commands,
): Promise<CliChannel> {
  const { database, config, log } = opts;
  if (database.kind !== "pglite") return { path: null, close: async () => {} };
  const off = (why: string): CliChannel => {
    log.warn(`CLI channel off: ${why}; admin commands need the server stopped while they run.`);
    return { path: null, close: async () => {} };
  };
  const path = socketPath(config.dataDir);
  if (path === null) {
    return off(
      `the socket path under ${config.dataDir} is too long (or there are no Unix sockets)`,
    );
  }
  const dir = channelDir(config.dataDir);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    // This process holds the data-directory lock, so a socket file here is a dead server's.
    rmSync(path, { force: true });
  } catch (err) {
    return off(`cannot prepare ${dir} (${(err as NodeJS.ErrnoException).code})`);
  }
  if (!ownedPrivately(dir)) return off(`${dir} is not a directory owned by this user alone`);

  const sockets = new Set<Socket>();
  /** Connected, command line not yet received: nothing to wait for when closing. */
  const idle = new Set<Socket>();
  const running = new Set<Promise<void>>();
  const server = createServer((socket) => {
    sockets.add(socket);
    idle.add(socket);
    socket.on("close", () => {
      sockets.delete(socket);
      idle.delete(socket);
    });
    const done = serveConnection(socket, idle, opts, database, config, log).finally(() =>
      running.delete(done),
    );
    running.add(done);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(path, () => {
        server.off("error", reject);
        resolve();
      });
    });
    // The directory already keeps others out; the socket's own mode says the same.
    chmodSync(path, 0o600);
  } catch (err) {
    server.close();
    return off(`cannot listen on ${path} (${(err as NodeJS.ErrnoException).code})`);
  }

  let closed: Promise<void> | null = null;
  return {
    path,
    close() {
      closed ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const s of idle) s.destroy();
        // Commands already running finish: they write to the database being closed next.
        await Promise.allSettled([...running]);
        for (const s of sockets) s.destroy();
        await stopped;
        rmSync(path, { force: true });
      })();
      return closed;
    },
  };
}

/** Runs one handed-over command: request in, streams both ways, exit code out. */
function serveConnection(
  socket: Socket,
  idle: Set<Socket>,
  commands: Commands,
  database: Database,
  config: Config,
  log: ChannelLog,
): Promise<void> {
  return new Promise<void>((resolve) => {
    const reader = new FrameReader();
    const timer = setTimeout(() => socket.destroy(), REQUEST_TIMEOUT_MS);
    let remote: RemoteIo | null = null;
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      remote?.disconnected();
      if (!remote) resolve();
    });
    socket.on("data", (chunk: Buffer) => {
      let frames: ReturnType<FrameReader["push"]>;
      try {
        frames = reader.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const { kind, payload } of frames) {
        if (remote) {
          remote.receive(kind, payload);
          continue;
        }
        const request = kind === Kind.request ? parseRequest(payload) : null;
        if (!request) {
          socket.destroy();
          return;
        }
        clearTimeout(timer);
        idle.delete(socket);
        remote = new RemoteIo(socket, request);
        const ctx = remoteContext(remote.io, database, config);
        if (!commands.accepts(request.args, ctx)) {
          socket.end(encodeFrame(Kind.runHere));
          resolve();
          return;
        }
        execute(remote, request.args, commands.run, ctx, log).then(resolve);
      }
    });
  });
}

function parseRequest(payload: Buffer): CommandRequest | null {
  try {
    const parsed = commandRequest.safeParse(JSON.parse(payload.toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function execute(
  remote: RemoteIo,
  args: string[],
  run: Commands["run"],
  ctx: CliContext,
  log: ChannelLog,
): Promise<void> {
  let code: number;
  try {
    code = await run(args, ctx);
  } catch (err) {
    // A bug, not an operator error: the details stay in the server's log.
    log.error({ err }, `rapport ${args[0] ?? ""} failed (run through the CLI channel)`);
    remote.io.stderr.write("rapport: the command failed; the server's log has the details.\n");
    code = 1;
  }
  await remote.finish(code);
}

/** The command's streams, ends at the other side of the socket. */
class RemoteIo {
  readonly io: CliIo;
  private readonly stdin: Readable;
  private stdinWanted = false;
  private stdinEnded = false;
  private pendingPrompt: { resolve(s: string): void; reject(e: Error): void } | null = null;

  constructor(
    private readonly socket: Socket,
    request: CommandRequest,
  ) {
    const output = (kind: Kind) =>
      new Writable({
        write: (chunk: Buffer, _enc, cb) => this.send(dataFrames(kind, chunk), cb),
        // A stray write after the command ended is dropped, not an error that ends the server.
      }).on("error", () => {});
    this.stdin = new Readable({
      // Asked for on first read, so a command that never reads stdin never waits for it.
      read: () => {
        if (!this.stdinWanted) {
          this.stdinWanted = true;
          this.send([encodeFrame(Kind.wantStdin)]);
        }
        socket.resume();
      },
    });
    this.io = {
      stdout: output(Kind.stdout),
      stderr: output(Kind.stderr),
      stdin: this.stdin,
      isTTY: request.isTTY,
      promptSecret: (label) =>
        new Promise<string>((resolve, reject) => {
          this.pendingPrompt = { resolve, reject };
          this.send([encodeFrame(Kind.prompt, label)]);
        }),
    };
  }

  receive(kind: number, payload: Buffer) {
    if (kind === Kind.stdin) {
      // Backpressure: stop reading the socket until the command reads on.
      if (!this.stdin.push(Buffer.from(payload))) this.socket.pause();
    } else if (kind === Kind.stdinEnd) {
      this.stdinEnded = true;
      this.stdin.push(null);
    } else if (kind === Kind.answer && this.pendingPrompt) {
      this.pendingPrompt.resolve(payload.toString("utf8"));
      this.pendingPrompt = null;
    }
  }

  /** The CLI went away: a command waiting for its input fails instead of hanging. */
  disconnected() {
    const gone = new CliError("the rapport command that started this went away.");
    this.pendingPrompt?.reject(gone);
    this.pendingPrompt = null;
    if (this.stdinWanted && !this.stdinEnded) this.stdin.destroy(gone);
  }

  /** Output to a CLI that has gone is dropped; the command still runs to its end. */
  private send(frames: Buffer[], cb?: () => void) {
    if (this.socket.destroyed || !this.socket.writable) {
      cb?.();
      return;
    }
    for (const [i, frame] of frames.entries()) {
      this.socket.write(frame, i === frames.length - 1 ? () => cb?.() : undefined);
    }
    if (frames.length === 0) cb?.();
  }

  async finish(code: number) {
    const { stdout, stderr } = this.io;
    stdout.end();
    stderr.end();
    await Promise.all([finished(stdout), finished(stderr)]).catch(() => {});
    this.send([encodeFrame(Kind.exit, JSON.stringify({ code }))]);
    this.socket.end();
  }
}
