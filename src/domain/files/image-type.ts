/**
 * What kind of image a file is, read from its first bytes — never from its name or the
 * Content-Type a client claimed. Only these four are accepted and served back, each under
 * its own type, so a file can never be served as HTML, SVG or script.
 */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic"] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export const EXTENSION: Record<PhotoType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/heic": "heic",
};

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * HEIF brands of still images coded with HEVC (what iPhones write). Generic `mif1`/`msf1`
 * files are HEIF too, but may hold AVIF or JPEG items: accepted only when a compatible brand
 * says HEVC.
 */
const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx"]);

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The ISO-BMFF `ftyp` box's brands (major first), or null when there is none. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return null;
  const size = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  if (size < 16 || size > bytes.length || size > 4096) return null;
  const brands = [ascii(bytes, 8, 12)];
  // Bytes 12–16 are the minor version; compatible brands follow, four bytes each.
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands;
}

export function sniffImageType(bytes: Uint8Array): PhotoType | null {
  // JPEG: SOI marker then the first segment's marker (FF D8 FF).
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, PNG)) return "image/png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") {
    return "image/webp";
  }
  const brands = ftypBrands(bytes);
  if (brands) {
    const [major] = brands;
    if (major && HEIC_BRANDS.has(major)) return "image/heic";
    if ((major === "mif1" || major === "msf1") && brands.some((b) => HEIC_BRANDS.has(b))) {
      return "image/heic";
    }
  }
  return null;
}
