import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";

/**
 * Where a command reads and writes. A command never touches `process.std*` itself: run from a
 * terminal these are the process's own streams; handed to a running server over its socket
 * (src/cli/channel/) they are streams to and from that CLI process.
 */
export type CliIo = {
  stdout: Writable;
  stderr: Writable;
  /** Read only by commands that want it (`--password-stdin`); remotely fetched on first read. */
  stdin: Readable;
  isTTY: { stdin: boolean; stdout: boolean; stderr: boolean };
  /** Asks for a secret on the user's terminal without echo. */
  promptSecret(label: string): Promise<string>;
};

/** An operator error: one line on stderr, exit code 1, no stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function fail(message: string): never {
  throw new CliError(message);
}

/** The terminal prompt, shared by local runs and the client side of a remote one. */
export async function promptOnTerminal(label: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const muted = rl as unknown as { _writeToOutput(s: string): void };
  process.stderr.write(label);
  muted._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stderr.write("\n");
  return answer;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: {
      stdin: Boolean(process.stdin.isTTY),
      stdout: Boolean(process.stdout.isTTY),
      stderr: Boolean(process.stderr.isTTY),
    },
    promptSecret: promptOnTerminal,
  };
}

export async function readAll(stream: Readable): Promise<string> {
  let text = "";
  stream.setEncoding("utf8");
  for await (const chunk of stream) text += chunk;
  return text;
}

/** Reads a password from stdin (piped or `--password-stdin`) or asks for it on the terminal. */
export async function readPassword(io: CliIo, fromStdin: boolean): Promise<string> {
  if (fromStdin || !io.isTTY.stdin) return (await readAll(io.stdin)).replace(/\r?\n$/, "");
  return io.promptSecret("Password: ");
}
