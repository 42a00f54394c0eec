import { describe, expect, it, vi } from "vitest";
import { fitWithin, JPEG_QUALITY, jpegName, type ResizeDeps, shrinkPhoto } from "./photo-resize.ts";

describe("fitWithin", () => {
  it.each([
    // A 12 MP phone photo, landscape and portrait: the long side becomes 1600.
    [4032, 3024, { width: 1600, height: 1200 }],
    [3024, 4032, { width: 1200, height: 1600 }],
    [4000, 2250, { width: 1600, height: 900 }],
    // Rounded to whole pixels, never below one.
    [3001, 1999, { width: 1600, height: 1066 }],
    [20000, 3, { width: 1600, height: 1 }],
  ])("%i×%i → %j", (w, h, size) => {
    expect(fitWithin(w, h)).toEqual({ ...size, scaled: true });
  });

  it("never enlarges: at or under the limit nothing changes", () => {
    expect(fitWithin(1600, 1200)).toEqual({ width: 1600, height: 1200, scaled: false });
    expect(fitWithin(640, 480)).toEqual({ width: 640, height: 480, scaled: false });
    expect(fitWithin(1, 1600)).toEqual({ width: 1, height: 1600, scaled: false });
    expect(fitWithin(0, 0)).toEqual({ width: 0, height: 0, scaled: false });
  });

  it("takes another limit", () => {
    expect(fitWithin(1000, 500, 100)).toEqual({ width: 100, height: 50, scaled: true });
  });
});

describe("jpegName", () => {
  it("names the smaller photo as the JPEG it is", () => {
    expect(jpegName("IMG_0001.HEIC")).toBe("IMG_0001.jpg");
    expect(jpegName("shop.front.png")).toBe("shop.front.jpg");
    expect(jpegName("photo")).toBe("photo.jpg");
    expect(jpegName(".jpg")).toBe("photo.jpg");
  });
});

describe("shrinkPhoto", () => {
  const big = new File([new Uint8Array(5_000_000)], "IMG_0001.HEIC", {
    type: "image/heic",
    lastModified: 1,
  });
  const deps = (width: number, height: number, encoded = 300_000) => {
    const close = vi.fn();
    const d: ResizeDeps = {
      decode: vi.fn(async () => ({ width, height, close })),
      encode: vi.fn(async () => new Blob([new Uint8Array(encoded)], { type: "image/jpeg" })),
    };
    return { d, close };
  };

  it("draws a large photo at most 1600 px on its long side, as JPEG at quality 0.8", async () => {
    const { d, close } = deps(3024, 4032);
    const out = await shrinkPhoto(big, d);
    expect(d.encode).toHaveBeenCalledWith(
      expect.anything(),
      {
        width: 1200,
        height: 1600,
        scaled: true,
      },
      JPEG_QUALITY,
    );
    expect(JPEG_QUALITY).toBe(0.8);
    expect(out).not.toBe(big);
    expect(out).toMatchObject({ name: "IMG_0001.jpg", type: "image/jpeg", size: 300_000 });
    expect(close).toHaveBeenCalled();
  });

  it("sends the photo as it is when small enough, undecodable, or not smaller re-encoded", async () => {
    const small = deps(1600, 900);
    expect(await shrinkPhoto(big, small.d)).toBe(big);
    expect(small.d.encode).not.toHaveBeenCalled();
    expect(small.close).toHaveBeenCalled();
    const broken: ResizeDeps = {
      decode: async () => {
        throw new Error("HEIC is not decodable here");
      },
      encode: vi.fn(),
    };
    expect(await shrinkPhoto(big, broken)).toBe(big);
    expect(await shrinkPhoto(big, deps(4000, 3000, 6_000_000).d)).toBe(big);
    const failing = deps(4000, 3000);
    failing.d.encode = async () => null;
    expect(await shrinkPhoto(big, failing.d)).toBe(big);
  });

  it("sends the photo as it is where the browser has no image decoder (jsdom)", async () => {
    expect(await shrinkPhoto(big)).toBe(big);
  });
});
