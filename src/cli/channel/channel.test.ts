import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { type Database, openDatabase } from "../../db/client.ts";
import { runMigrations } from "../../db/migrate.ts";
import type { CliContext } from "../context.ts";
import { runCli, runsInServer } from "../program.ts";
import { dataFrames, encodeFrame, FrameReader, Kind } from "./frames.ts";
import { type CliChannel, startCliChannel } from "./server.ts";

/**
 * The server side of the CLI channel in this process, on a real embedded database, spoken to
 * frame by frame as the CLI would. (The end-to-end runs with processes: test/cli-channel.test.ts.)
 */
const dir = mkdtempSync(join(tmpdir(), "rapport-channel-unit-"));
let database: Database;
let channel: CliChannel;
let release: () => void = () => {};
const held = new Promise<void>((resolve) => {
  release = resolve;
});

/** Test-only commands beside the real program: stdin echoed with its hash, and a held one. */
async function run(args: string[], ctx: CliContext): Promise<number> {
  if (args[0] === "echo-stdin") {
    const chunks: Buffer[] = [];
    for await (const c of ctx.io.stdin) chunks.push(c as Buffer);
    const all = Buffer.concat(chunks);
    ctx.io.stderr.write("before\n");
    ctx.io.stdout.write(all);
    ctx.io.stderr.write(createHash("sha256").update(all).digest("hex"));
    return 3;
  }
  if (args[0] === "held") {
    await held;
    ctx.io.stdout.write("done\n");
    return 0;
  }
  if (args[0] === "boom") throw new Error("secret internals");
  return runCli(args, ctx);
}

const errors: string[] = [];

type Reply = {
  stdout: Buffer;
  stderr: string;
  order: string[];
  code: number | null;
  runHere: boolean;
};

/** Sends a command line (and stdin when asked for) and collects the reply until the server closes. */
function send(args: string[], stdin?: Buffer, raw?: Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = connect(channel.path!);
    const reader = new FrameReader();
    const out: Buffer[] = [];
    const reply: Reply = {
      stdout: Buffer.alloc(0),
      stderr: "",
      order: [],
      code: null,
      runHere: false,
    };
    socket.on("error", reject);
    socket.on("data", (chunk) => {
      for (const { kind, payload } of reader.push(chunk)) {
        if (kind === Kind.stdout) {
          out.push(Buffer.from(payload));
          reply.order.push("out");
        } else if (kind === Kind.stderr) {
          reply.stderr += payload.toString("utf8");
          reply.order.push("err");
        } else if (kind === Kind.wantStdin) {
          for (const f of dataFrames(Kind.stdin, stdin ?? Buffer.alloc(0))) socket.write(f);
          socket.write(encodeFrame(Kind.stdinEnd));
        } else if (kind === Kind.exit) {
          reply.code = (JSON.parse(payload.toString("utf8")) as { code: number }).code;
        } else if (kind === Kind.runHere) reply.runHere = true;
      }
    });
    socket.on("close", () => {
      reply.stdout = Buffer.concat(out);
      resolve(reply);
    });
    const isTTY = { stdin: false, stdout: false, stderr: false };
    socket.write(raw ?? encodeFrame(Kind.request, JSON.stringify({ args, isTTY })));
  });
}

// The embedded database only: on PostgreSQL there is no channel.
describe.skipIf(process.env.DATABASE_URL)("the CLI channel's server side", () => {
  beforeAll(async () => {
    database = await openDatabase({ kind: "pglite", dataDir: dir });
    await runMigrations(database);
    channel = await startCliChannel({
      database,
      config: loadConfig({ DATA_DIR: dir }),
      log: { warn: (m) => errors.push(m), error: (_o, m) => errors.push(m) },
      run,
      accepts: (args, ctx) =>
        ["echo-stdin", "held", "boom"].includes(args[0]!) || runsInServer(args, ctx),
    });
  });
  afterAll(async () => {
    await channel.close();
    await database.close();
  });

  it("listens on an owner-only socket in the data directory", () => {
    expect(channel.path).toMatch(/cli\/rapport\.sock$/);
    expect(statSync(join(dir, "cli")).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "cli", "rapport.sock")).mode & 0o777).toBe(0o600);
  });

  it("passes 2 MB of binary stdin through unchanged, output in order, with the exit code", async () => {
    const data = randomBytes(2 * 1024 * 1024);
    const r = await send(["echo-stdin"], data);
    expect(r.code).toBe(3);
    expect(r.stdout.equals(data)).toBe(true);
    expect(r.stderr).toBe(`before\n${createHash("sha256").update(data).digest("hex")}`);
    expect(r.order[0]).toBe("err");
    expect(r.order.at(-1)).toBe("err");
  });

  it("runs the real commands on the server's database", async () => {
    const team = await send(["team", "add", "--name", "华东大区"]);
    expect(team).toMatchObject({ code: 0, stderr: "" });
    expect(team.stdout.toString()).toMatch(/^Created team 华东大区/);
    const list = await send(["team", "list"]);
    expect(list.stdout.toString()).toMatch(/^华东大区\t/);
    const bad = await send(["user", "add", "--email", "a@x.example", "--name", "A"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/required option '--role <role>'/);
  });

  it("sends commands that run in the CLI's process back, and refuses serve and migrate", async () => {
    const file = join(dir, "p.json");
    writeFileSync(file, "{}");
    expect(await send(["solve", file])).toMatchObject({ runHere: true, code: null });
    expect(await send(["--help"])).toMatchObject({ runHere: true });
    const migrate = await send(["migrate"]);
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toMatch(/^rapport: `migrate` cannot run while the Rapport server/);
  });

  it("answers a bug with a generic line and logs the details", async () => {
    const r = await send(["boom"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("rapport: the command failed; the server's log has the details.\n");
    expect(r.stderr).not.toMatch(/secret internals/);
    expect(errors.at(-1)).toMatch(/rapport boom failed/);
  });

  it("drops a connection whose first frame is not a valid command line", async () => {
    const garbage = await send([], undefined, encodeFrame(Kind.request, "not json"));
    expect(garbage).toMatchObject({ code: null, stderr: "" });
    const wrongShape = await send([], undefined, encodeFrame(Kind.request, '{"args":[1]}'));
    expect(wrongShape.code).toBeNull();
    const oversized = await send([], undefined, Buffer.from([Kind.request, 0xff, 0, 0, 0]));
    expect(oversized.code).toBeNull();
  });

  it("lets a running command finish when closing, then removes the socket", async () => {
    const running = send(["held"]);
    // An idle connection (no command line yet) does not hold the close up.
    const idle = connect(channel.path!);
    idle.on("error", () => {});
    await new Promise((r) => idle.once("connect", r));
    await new Promise((r) => setTimeout(r, 200));
    let closed = false;
    const closing = channel.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(closed).toBe(false);
    release();
    const r = await running;
    expect(r).toMatchObject({ code: 0 });
    expect(r.stdout.toString()).toBe("done\n");
    await closing;
    expect(() => statSync(join(dir, "cli", "rapport.sock"))).toThrow();
  });
});
