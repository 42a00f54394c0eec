import type { Config } from "../../config.ts";
import { directoryStore } from "./directory-store.ts";
import type { FileStore } from "./file-store.ts";

/**
 * The installation's store. Only the directory adapter exists: a directory beside the data
 * (FILES_DIR, default DATA_DIR/files), included in backups (docs/visits.md). An object-store
 * adapter would be chosen here.
 */
export function openFileStore(config: Pick<Config, "files">): FileStore {
  return directoryStore(config.files.dir);
}
