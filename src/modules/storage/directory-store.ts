import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { assertKey, type FileStore } from "./file-store.ts";

/**
 * Files in a directory, one file per key (`visit-photos/<id>` → `<dir>/visit-photos/<id>`).
 * A put writes a temporary file beside the target, flushes it to disk and renames it into
 * place: a crash leaves either the whole file or none under the key (a stray `.tmp-` file at
 * worst, never read). Several server processes may share the directory (a network file
 * system): keys are unique, and a rename is atomic.
 */
export function directoryStore(root: string): FileStore {
  const pathOf = (key: string) => {
    assertKey(key);
    return join(root, ...key.split("/"));
  };
  return {
    async put(key, bytes) {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      const temp = join(dirname(target), `.tmp-${randomUUID()}`);
      const file = await open(temp, "wx", 0o600);
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      try {
        await rename(temp, target);
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw err;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
