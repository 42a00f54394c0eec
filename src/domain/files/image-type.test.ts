import { describe, expect, it } from "vitest";
import { tinyJpeg, tinyPng } from "./image-fixtures.testing.ts";
import { sniffImageType } from "./image-type.ts";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))),
  );
/** An ISO-BMFF ftyp box: size, "ftyp", major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], "ftyp", major, [0, 0, 0, 0], compatible.join(""), [0, 0, 0, 8]);
};

describe("sniffImageType", () => {
  it.each([
    ["a JPEG", tinyJpeg(), "image/jpeg"],
    ["a PNG", tinyPng(), "image/png"],
    ["a WebP", bytes("RIFF", [36, 0, 0, 0], "WEBPVP8 "), "image/webp"],
    ["an iPhone HEIC", ftyp("heic", "mif1", "heic"), "image/heic"],
    ["a HEIF with an HEVC brand", ftyp("mif1", "heic"), "image/heic"],
    ["an AVIF", ftyp("avif", "mif1"), null],
    ["a HEIF without HEVC", ftyp("mif1", "avif"), null],
    ["an MP4 video", ftyp("isom", "mp41"), null],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ["HTML", bytes("<!doctype html><script>alert(1)</script>"), null],
    ["a GIF", bytes("GIF89a", [1, 0, 1, 0]), null],
    ["a PDF", bytes("%PDF-1.7"), null],
    ["nothing", bytes(), null],
    ["a JPEG cut after two bytes", bytes([0xff, 0xd8]), null],
    ["a RIFF that is no WebP", bytes("RIFF", [4, 0, 0, 0], "WAVE"), null],
    [
      "an ftyp box claiming more than is there",
      bytes([0, 0, 1, 0], "ftypheic", [0, 0, 0, 0]),
      null,
    ],
  ])("%s → %s", (_label, input, expected) => {
    expect(sniffImageType(input)).toBe(expected);
  });

  it("makes distinct JPEGs of distinct shades", () => {
    expect(tinyJpeg(10).equals(tinyJpeg(240))).toBe(false);
  });
});
