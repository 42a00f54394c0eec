/**
 * The CLI channel's wire format: frames of [kind: 1 byte][length: 4 bytes, big-endian][payload].
 * Binary-safe (stdin and stdout pass through untouched) and ordered on one socket, so stdout,
 * stderr and the exit code arrive in the order the command produced them.
 */
export const Kind = {
  /** CLI → server: the command line and terminal facts (JSON, see protocol.ts). */
  request: 0x52,
  /** CLI → server: a chunk of the CLI's stdin, sent after the server asks for it. */
  stdin: 0x49,
  /** CLI → server: end of the CLI's stdin. */
  stdinEnd: 0x45,
  /** CLI → server: what the user typed at a secret prompt (UTF-8). */
  answer: 0x41,
  /** Server → CLI: bytes for the CLI's stdout / stderr. */
  stdout: 0x4f,
  stderr: 0x65,
  /** Server → CLI: the command reads stdin; start sending it. */
  wantStdin: 0x53,
  /** Server → CLI: ask the user for a secret on the CLI's terminal (label, UTF-8). */
  prompt: 0x50,
  /** Server → CLI: this command runs in the CLI's own process; run it there. */
  runHere: 0x4c,
  /** Server → CLI: the command finished (JSON, see protocol.ts). */
  exit: 0x58,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

const HEADER = 5;
/** Data chunks are split to this size, so one frame never holds much memory. */
export const MAX_CHUNK = 64 * 1024;
/** A request frame carries a command line; anything near this is not one. */
const MAX_FRAME = 1024 * 1024;

export function encodeFrame(kind: Kind, payload: Uint8Array | string = ""): Buffer {
  const body = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
  const frame = Buffer.allocUnsafe(HEADER + body.length);
  frame.writeUInt8(kind, 0);
  frame.writeUInt32BE(body.length, 1);
  frame.set(body, HEADER);
  return frame;
}

/** Splits a chunk of data into frames of at most MAX_CHUNK bytes. */
export function dataFrames(kind: Kind, data: Uint8Array): Buffer[] {
  const frames: Buffer[] = [];
  for (let at = 0; at < data.length; at += MAX_CHUNK) {
    frames.push(encodeFrame(kind, data.subarray(at, at + MAX_CHUNK)));
  }
  return frames;
}

export class FrameError extends Error {}

/** Collects stream chunks into whole frames. */
export class FrameReader {
  private buffered: Buffer = Buffer.alloc(0);

  /** Feeds a chunk; returns the frames it completed. Throws FrameError on a malformed stream. */
  push(chunk: Buffer): { kind: number; payload: Buffer }[] {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    const frames: { kind: number; payload: Buffer }[] = [];
    while (this.buffered.length >= HEADER) {
      const length = this.buffered.readUInt32BE(1);
      if (length > MAX_FRAME) throw new FrameError(`frame of ${length} bytes`);
      if (this.buffered.length < HEADER + length) break;
      frames.push({
        kind: this.buffered.readUInt8(0),
        payload: this.buffered.subarray(HEADER, HEADER + length),
      });
      this.buffered = this.buffered.subarray(HEADER + length);
    }
    return frames;
  }
}
