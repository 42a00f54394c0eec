import { createHash } from "node:crypto";
import type { Db, Executor, Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import {
  claimKey,
  completeKey,
  deleteExpiredKeys,
  deleteKeyIfExpired,
  findKey,
  reclaimStaleKey,
  releaseKey,
} from "./idempotency.repository.ts";

export type StoredResponse = { status: number; body: unknown; headers: Record<string, string> };

export const IdempotencyErrors = {
  reused: () =>
    new AppError(
      "unprocessable",
      "idempotency_key_reused",
      "This Idempotency-Key was used with a different request. Use a new key for a new request.",
    ),
  inProgress: () =>
    new AppError(
      "conflict",
      "idempotency_in_progress",
      "A request with this Idempotency-Key is still being processed. Retry shortly.",
    ),
  invalidKey: () =>
    new AppError(
      "invalid",
      "validation_failed",
      "Idempotency-Key must be 1–200 visible ASCII characters.",
      [
        {
          field: "header.idempotency-key",
          rule: "format",
          message: "1–200 visible ASCII characters.",
        },
      ],
    ),
} as const;

/** A claim older than this is taken to belong to a crashed request. */
const STALE_AFTER_MS = 60_000;

/** Canonical JSON (sorted keys) so that key order does not change the request hash. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function requestHash(endpoint: string, body: unknown): string {
  return createHash("sha256").update(endpoint).update("\n").update(canonical(body)).digest("hex");
}

export type IdempotentRequest = {
  scope: string;
  key: string;
  endpoint: string;
  body: unknown;
  ttlHours: number;
};

/**
 * Runs `work` at most once per (caller, key). The claim is committed first, so a concurrent
 * retry sees "running" and gets 409; the work and the stored response then commit in one
 * transaction, so a stored response always matches data that exists. A failed attempt
 * releases the key so that the client can retry.
 */
export async function runIdempotent(
  db: Db,
  req: IdempotentRequest,
  work: (tx: Tx) => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  if (!/^[\x21-\x7e]{1,200}$/.test(req.key)) throw IdempotencyErrors.invalidKey();
  const hash = requestHash(req.endpoint, req.body);
  const k = { scope: req.scope, key: req.key };
  const now = Date.now();
  const expiresAt = new Date(now + req.ttlHours * 3600_000);
  let claimed = await claimKey(db, { ...k, endpoint: req.endpoint, requestHash: hash, expiresAt });
  // An expired key is as good as absent; the scheduler purges the rest in bulk.
  if (!claimed && (await deleteKeyIfExpired(db, k, new Date(now)))) {
    claimed = await claimKey(db, { ...k, endpoint: req.endpoint, requestHash: hash, expiresAt });
  }
  if (!claimed) {
    const existing = await findKey(db, k);
    if (!existing) {
      claimed = await claimKey(db, { ...k, endpoint: req.endpoint, requestHash: hash, expiresAt });
      if (!claimed) throw IdempotencyErrors.inProgress();
    } else if (existing.requestHash !== hash) {
      throw IdempotencyErrors.reused();
    } else if (existing.state === "done") {
      return {
        status: existing.responseStatus ?? 200,
        body: existing.responseBody,
        headers: existing.responseHeaders ?? {},
        replayed: true,
      };
    } else if (
      !(await reclaimStaleKey(db, {
        ...k,
        requestHash: hash,
        staleBefore: new Date(now - STALE_AFTER_MS),
        expiresAt,
      }))
    ) {
      throw IdempotencyErrors.inProgress();
    }
  }
  try {
    const response = await db.transaction(async (tx) => {
      const res = await work(tx);
      await completeKey(tx, { ...k, ...res });
      return res;
    });
    return { ...response, replayed: false };
  } catch (err) {
    await releaseKey(db, k).catch(() => {});
    throw err;
  }
}

/** Deletes every expired key; run by the scheduler, off the request path. */
export function purgeExpiredKeys(db: Executor, now: Date): Promise<number> {
  return deleteExpiredKeys(db, now);
}
