import { PassThrough, Readable } from "node:stream";
import type { CliIo } from "./io.ts";

/** A command's streams in memory, for running commands in a test's own process. */
export function memoryIo(stdin = "") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d) => {
    out += d;
  });
  stderr.on("data", (d) => {
    err += d;
  });
  const io: CliIo = {
    stdout,
    stderr,
    stdin: Readable.from([stdin]),
    isTTY: { stdin: false, stdout: false, stderr: false },
    promptSecret: () => Promise.reject(new Error("no terminal in a test")),
  };
  return { io, out: () => out, err: () => err };
}
