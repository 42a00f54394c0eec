import { lstatSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * The channel lives in a directory of its own inside the data directory, so Rapport can make
 * it owner-only (0700) without changing the permissions of a directory the user chose.
 */
export function channelDir(dataDir: string): string {
  return join(dataDir, "cli");
}

/** Unix socket paths are limited to 104 bytes on macOS (108 on Linux), terminator included. */
const MAX_SOCKET_PATH = 103;

/**
 * The path to bind or connect to, or null when even the path relative to the working
 * directory is too long for a Unix socket (or the platform has none).
 */
export function socketPath(dataDir: string): string | null {
  if (process.platform === "win32") return null;
  const absolute = join(channelDir(dataDir), "rapport.sock");
  const candidates = [absolute, relative(process.cwd(), absolute)];
  return candidates.find((p) => Buffer.byteLength(p) <= MAX_SOCKET_PATH) ?? null;
}

/**
 * Whether the channel directory and socket belong to this user and nobody else may enter:
 * the only access check a Unix socket gets, since Node cannot ask for the peer's uid.
 */
export function ownedPrivately(dir: string, socket?: string): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return false;
  try {
    const d = lstatSync(dir);
    if (!d.isDirectory() || d.uid !== uid || (d.mode & 0o077) !== 0) return false;
    if (socket === undefined) return true;
    const s = lstatSync(socket);
    return s.isSocket() && s.uid === uid;
  } catch {
    return false;
  }
}
