// One builder at a time: parallel test runs, or a test run and `npm start`, may all find a
// build stale at once; the first takes the lock and builds, the others wait for it.
import { mkdirSync, rmSync, statSync } from "node:fs";

const FIVE_MINUTES = 300_000;

/**
 * Runs `fn` holding the lock directory `lock`. A lock older than five minutes is left over
 * from a killed build and is taken over.
 */
export async function withLock(lock, fn) {
  const waitUntil = Date.now() + FIVE_MINUTES;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > waitUntil || Date.now() - statSync(lock).mtimeMs > FIVE_MINUTES) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
