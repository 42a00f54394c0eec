import { connect, type Socket } from "node:net";
import { dirname } from "node:path";
import { promptOnTerminal } from "../io.ts";
import { dataFrames, encodeFrame, FrameReader, Kind } from "./frames.ts";
import { type CommandRequest, commandExit } from "./protocol.ts";
import { ownedPrivately, socketPath } from "./socket-path.ts";

/** Errors that mean "no server listens here": the CLI then opens the database itself. */
const NO_SERVER = new Set(["ENOENT", "ECONNREFUSED", "ENOTSOCK", "ENOTDIR"]);

/**
 * Hands a command line to the server running on this data directory and relays its output.
 * Resolves to the command's exit code, or null when no server listens (the caller then runs
 * the command itself, as without a server).
 */
export async function runInServer(dataDir: string, args: string[]): Promise<number | null> {
  const path = socketPath(dataDir);
  if (path === null) return null;
  // Someone else's socket could be anyone's: never send a command (or a password) to it.
  if (!ownedPrivately(dirname(path), path)) return null;
  const socket = await new Promise<Socket | null>((resolve, reject) => {
    const s = connect(path);
    s.once("connect", () => {
      s.off("error", onError);
      resolve(s);
    });
    const onError = (err: NodeJS.ErrnoException) =>
      NO_SERVER.has(err.code ?? "") ? resolve(null) : reject(err);
    s.once("error", onError);
  });
  if (socket === null) return null;
  return relay(socket, {
    args,
    isTTY: {
      stdin: Boolean(process.stdin.isTTY),
      stdout: Boolean(process.stdout.isTTY),
      stderr: Boolean(process.stderr.isTTY),
    },
  });
}

/** Resolves to the exit code, or null when the server says to run the command here. */
function relay(socket: Socket, request: CommandRequest): Promise<number | null> {
  return new Promise<number | null>((resolve) => {
    const reader = new FrameReader();
    let code: number | null = null;
    let runHere = false;
    let sendingStdin = false;
    const stopStdin = () => {
      if (!sendingStdin) return;
      process.stdin.off("data", onStdin);
      process.stdin.off("end", onStdinEnd);
      process.stdin.pause();
    };
    const onStdin = (chunk: Buffer) => {
      let more = true;
      for (const frame of dataFrames(Kind.stdin, chunk)) more = socket.write(frame);
      // A large stdin (an import file) goes at the pace the server reads it.
      if (!more) {
        process.stdin.pause();
        socket.once("drain", () => process.stdin.resume());
      }
    };
    const onStdinEnd = () => socket.write(encodeFrame(Kind.stdinEnd));
    // Output to a slow reader (a pipe into `less`) holds the socket, and so the server.
    const write = (out: NodeJS.WriteStream, data: Buffer) => {
      if (!out.write(data)) {
        socket.pause();
        out.once("drain", () => socket.resume());
      }
    };

    socket.on("data", (chunk: Buffer) => {
      let frames: ReturnType<FrameReader["push"]>;
      try {
        frames = reader.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const { kind, payload } of frames) {
        if (kind === Kind.stdout) write(process.stdout, payload);
        else if (kind === Kind.stderr) write(process.stderr, payload);
        else if (kind === Kind.wantStdin && !sendingStdin) {
          sendingStdin = true;
          process.stdin.on("data", onStdin);
          process.stdin.on("end", onStdinEnd);
        } else if (kind === Kind.prompt) {
          promptOnTerminal(payload.toString("utf8")).then(
            (answer) => socket.write(encodeFrame(Kind.answer, answer)),
            () => socket.destroy(),
          );
        } else if (kind === Kind.runHere) {
          runHere = true;
        } else if (kind === Kind.exit) {
          code = exitCode(payload);
        }
      }
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      stopStdin();
      if (runHere) {
        resolve(null);
        return;
      }
      if (code === null) {
        process.stderr.write(
          "rapport: the server closed the connection before the command finished.\n",
        );
      }
      resolve(code ?? 1);
    });
    socket.write(encodeFrame(Kind.request, JSON.stringify(request)));
  });
}

function exitCode(payload: Buffer): number {
  try {
    const parsed = commandExit.safeParse(JSON.parse(payload.toString("utf8")));
    return parsed.success ? parsed.data.code : 1;
  } catch {
    return 1;
  }
}
