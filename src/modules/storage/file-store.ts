/**
 * Where uploaded files live, by key: put, get, delete — nothing else, so that another
 * adapter (an object store) is a small file. Keys are made by the server, never by a client
 * (`visit-photos/<uuid>`); adapters refuse any other shape.
 */
export interface FileStore {
  /** Stores the bytes under the key; complete or not at all (no half-written file is seen). */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
}

/** Lower-case letters, digits and dashes, in segments separated by `/`: no dots, no escapes. */
const KEY = /^[a-z0-9][a-z0-9-]{0,99}(\/[a-z0-9][a-z0-9-]{0,99}){0,4}$/;

export function assertKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid file-store key: ${JSON.stringify(key)}`);
}
