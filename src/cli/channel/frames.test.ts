import { describe, expect, it } from "vitest";
import { dataFrames, encodeFrame, FrameError, FrameReader, Kind, MAX_CHUNK } from "./frames.ts";

describe("CLI channel frames", () => {
  it("reassembles frames split at every byte, in order, binary-safe", () => {
    const bytes = Buffer.from([0, 255, 10, 13, 0xe4, 0xb8]);
    const wire = Buffer.concat([
      encodeFrame(Kind.request, '{"args":["user","list"]}'),
      encodeFrame(Kind.stdin, bytes),
      encodeFrame(Kind.stdinEnd),
    ]);
    const reader = new FrameReader();
    const got: { kind: number; payload: string }[] = [];
    for (let i = 0; i < wire.length; i++) {
      for (const f of reader.push(wire.subarray(i, i + 1))) {
        got.push({ kind: f.kind, payload: f.payload.toString("hex") });
      }
    }
    expect(got).toEqual([
      { kind: Kind.request, payload: Buffer.from('{"args":["user","list"]}').toString("hex") },
      { kind: Kind.stdin, payload: bytes.toString("hex") },
      { kind: Kind.stdinEnd, payload: "" },
    ]);
  });

  it("splits large data into bounded frames and refuses an oversized one", () => {
    const data = Buffer.alloc(MAX_CHUNK * 2 + 1, 7);
    const frames = dataFrames(Kind.stdout, data);
    expect(frames.map((f) => f.length - 5)).toEqual([MAX_CHUNK, MAX_CHUNK, 1]);
    const header = Buffer.from([Kind.request, 0x7f, 0, 0, 0]);
    expect(() => new FrameReader().push(header)).toThrow(FrameError);
  });
});
