/**
 * Photos are made smaller on the phone before they are sent: a camera's 12-megapixel shot is
 * 3–8 MB, too slow on a poor network and more than the proof needs. The long side becomes at
 * most 1600 px, re-encoded as JPEG at quality 0.8 (a few hundred KB). The picture is turned
 * upright from its EXIF orientation while it is decoded, so the smaller photo, which carries no
 * EXIF any more, shows the same way up. The server's own limits do not change; a photo the
 * browser cannot decode (HEIC in Chrome), or one already small enough, is sent as it is.
 */
export const MAX_SIDE = 1600;
export const JPEG_QUALITY = 0.8;

export type Size = { width: number; height: number };

/** The size to draw a photo at: the long side at most `max`, proportions kept, never enlarged. */
export function fitWithin(
  width: number,
  height: number,
  max = MAX_SIDE,
): Size & { scaled: boolean } {
  const long = Math.max(width, height);
  if (!(long > max)) return { width, height, scaled: false };
  const k = max / long;
  return {
    width: Math.max(1, Math.round(width * k)),
    height: Math.max(1, Math.round(height * k)),
    scaled: true,
  };
}

/** "IMG_0001.HEIC" → "IMG_0001.jpg". */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, "");
  return `${base || "photo"}.jpg`;
}

type Decoded = Size & { close(): void };
export type ResizeDeps = {
  /** The photo's pixels, turned upright by its EXIF orientation; throws when undecodable. */
  decode: (file: Blob) => Promise<Decoded>;
  /** The pixels drawn at `size` and encoded as JPEG; null when the browser cannot. */
  encode: (image: Decoded, size: Size, quality: number) => Promise<Blob | null>;
};

/** The browser's own decoder and canvas. */
export const browserDeps: ResizeDeps = {
  decode: (file) => createImageBitmap(file, { imageOrientation: "from-image" }),
  encode: (image, size, quality) => {
    const canvas = document.createElement("canvas");
    canvas.width = size.width;
    canvas.height = size.height;
    const g = canvas.getContext("2d");
    if (!g) return Promise.resolve(null);
    // A transparent PNG would turn black as JPEG: white behind it, as on paper.
    g.fillStyle = "#fff";
    g.fillRect(0, 0, size.width, size.height);
    g.imageSmoothingQuality = "high";
    g.drawImage(image as unknown as CanvasImageSource, 0, 0, size.width, size.height);
    return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
  },
};

/**
 * The photo to upload: `file` itself when it is small enough or cannot be decoded, else a JPEG
 * at most `MAX_SIDE` px on its long side (and only when that is actually smaller).
 */
export async function shrinkPhoto(file: File, deps?: ResizeDeps): Promise<File> {
  const use = deps ?? (typeof createImageBitmap === "function" ? browserDeps : null);
  if (!use) return file;
  let image: Decoded;
  try {
    image = await use.decode(file);
  } catch {
    return file;
  }
  try {
    const size = fitWithin(image.width, image.height);
    if (!size.scaled) return file;
    const blob = await use.encode(image, size, JPEG_QUALITY).catch(() => null);
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], jpegName(file.name), {
      type: "image/jpeg",
      lastModified: file.lastModified,
    });
  } finally {
    image.close();
  }
}
