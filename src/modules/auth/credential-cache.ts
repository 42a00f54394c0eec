import { randomUUID } from "node:crypto";
import type { Database } from "../../db/client.ts";
import { listenerName, type StopListening } from "../../db/listen.ts";
import type { UserRow } from "../users/users.api.ts";
import { touchApiTokens } from "./api-tokens.repository.ts";
import { touchSessions } from "./sessions.repository.ts";

/** What a credential lookup found, kept so the next request with it needs no query. */
export type CachedToken = {
  kind: "token";
  id: string;
  revoked: boolean;
  expiresAt: number | null;
  user: UserRow;
};
export type CachedSession = {
  kind: "session";
  tokenHash: string;
  csrfToken: string;
  expiresAt: number;
  lastSeenAt: number;
  user: UserRow;
};
export type CachedCredential = CachedToken | CachedSession;

export type CredentialCacheSettings = {
  /** An entry is read again from the database after this long, notified or not. */
  ttlMs: number;
  /** Past this many entries the cache starts over (a bound on memory, not an LRU). */
  maxEntries: number;
  /** "Last used" / "last seen" times are written in one batch this often. */
  flushMs: number;
  /** How long a change waits for the other processes to confirm they dropped their caches. */
  settleMs: number;
  /** Told when a batch of "last used" times could not be written (it is kept and retried). */
  onFlushError?: (err: unknown) => void;
};

/** The channel the triggers of migration 0008 notify on every credential-relevant change. */
export const CREDENTIALS_CHANNEL = "rapport_credentials";

const live = new Set<CredentialCache>();
const BARRIER = "barrier:";
const ACK = "ack:";

/**
 * Called by a service right after it committed a change to credentials (revocation, sign-out,
 * deactivation, role or password change). This process's caches drop everything, and on
 * PostgreSQL the call returns once every listening Rapport process has confirmed it dropped
 * its own (or after `settleMs`): when the service answers, the change holds everywhere.
 */
export async function credentialsChanged(): Promise<void> {
  for (const cache of live) cache.clear();
  await Promise.all([...live].map((cache) => cache.settle()));
}

/**
 * Token and session lookups (credential → user), cached in memory while this process is
 * sure to hear of any change: it LISTENs on CREDENTIALS_CHANNEL, and while that connection
 * is down nothing is cached or served from the cache. The generation counter makes a lookup
 * that started before a change unable to store what it read.
 *
 * "Last used" times are collected here and written in one statement per table every
 * `flushMs` and at close, instead of one UPDATE per request.
 */
export class CredentialCache {
  readonly #entries = new Map<string, { value: CachedCredential; storedAt: number }>();
  readonly #usedTokens = new Map<string, Date>();
  readonly #seenSessions = new Map<string, Date>();
  /** Barriers this process raised, with the acknowledgements still awaited. */
  readonly #barriers = new Map<string, { waiting: number; done: () => void }>();
  #generation = 0;
  #listening = false;
  #stopListening: StopListening | null = null;
  #timer: NodeJS.Timeout | null = null;
  #flushing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly database: Database,
    private readonly settings: CredentialCacheSettings,
    private readonly now: () => number,
  ) {}

  static async start(
    database: Database,
    settings: CredentialCacheSettings,
    now: () => number = Date.now,
  ): Promise<CredentialCache> {
    const cache = new CredentialCache(database, settings, now);
    cache.#stopListening = await database.listen(CREDENTIALS_CHANNEL, {
      message: (payload) => cache.#heard(payload),
      up: () => {
        // Whatever changed while nobody listened is unknown: start from nothing.
        cache.clear();
        cache.#listening = true;
      },
      down: () => {
        cache.#listening = false;
        cache.clear();
      },
    });
    cache.#timer = setInterval(() => void cache.flush(), settings.flushMs);
    cache.#timer.unref();
    live.add(cache);
    return cache;
  }

  #heard(payload: string): void {
    if (payload.startsWith(ACK)) {
      const barrier = this.#barriers.get(payload.slice(ACK.length));
      if (barrier && --barrier.waiting <= 0) barrier.done();
      return;
    }
    // A trigger (table name) or another process's barrier: whatever changed, start over.
    this.clear();
    if (payload.startsWith(BARRIER)) {
      const nonce = payload.slice(BARRIER.length);
      this.database
        .query("select pg_notify($1, $2)", [CREDENTIALS_CHANNEL, ACK + nonce])
        .catch(() => {});
    }
  }

  /**
   * Every process listening on the channel (this one included) has heard all notifications
   * committed before this call, once it acknowledges a barrier raised now: PostgreSQL delivers
   * notifications to each listener in commit order. Bounded by `settleMs`. Nothing to do on
   * PGlite: one process, and its notifications arrive before the statement returns.
   */
  async settle(): Promise<void> {
    if (this.database.kind !== "postgres" || !this.#listening) return;
    const nonce = randomUUID();
    let done = () => {};
    const acknowledged = new Promise<void>((resolve) => {
      done = resolve;
    });
    const timer = setTimeout(done, this.settings.settleMs);
    try {
      const { rows } = await this.database.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
         where application_name = $1 and datname = current_database()`,
        [listenerName(CREDENTIALS_CHANNEL)],
      );
      const waiting = rows[0]?.n ?? 0;
      if (waiting === 0) return;
      this.#barriers.set(nonce, { waiting, done });
      await this.database.query("select pg_notify($1, $2)", [CREDENTIALS_CHANNEL, BARRIER + nonce]);
      await acknowledged;
    } catch {
      // The database is away; the change itself was committed, and the triggers notified.
    } finally {
      clearTimeout(timer);
      this.#barriers.delete(nonce);
    }
  }

  /** Read before a lookup's query; pass it to `set` with what the query found. */
  generation(): number {
    return this.#generation;
  }

  get(key: string): CachedCredential | undefined {
    if (!this.#listening) return undefined;
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt >= this.settings.ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: CachedCredential, generation: number): void {
    // A change was heard since the lookup began: what it read may be stale.
    if (!this.#listening || generation !== this.#generation) return;
    if (this.#entries.size >= this.settings.maxEntries) this.#entries.clear();
    this.#entries.set(key, { value, storedAt: this.now() });
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }

  tokenUsed(id: string): void {
    this.#usedTokens.set(id, new Date(this.now()));
  }

  sessionSeen(tokenHash: string): void {
    this.#seenSessions.set(tokenHash, new Date(this.now()));
  }

  /** Writes the collected "last used" times; a failed write is retried at the next flush. */
  flush(): Promise<void> {
    this.#flushing = this.#flushing.then(() => this.#write());
    return this.#flushing;
  }

  async #write(): Promise<void> {
    const tokens = [...this.#usedTokens];
    const seen = [...this.#seenSessions];
    this.#usedTokens.clear();
    this.#seenSessions.clear();
    try {
      if (tokens.length) await touchApiTokens(this.database.db, tokens);
      if (seen.length) await touchSessions(this.database.db, seen);
    } catch (err) {
      this.settings.onFlushError?.(err);
      // The database is away: keep the times (newer ones recorded meanwhile win).
      for (const [id, at] of tokens) if (!this.#usedTokens.has(id)) this.#usedTokens.set(id, at);
      for (const [h, at] of seen) if (!this.#seenSessions.has(h)) this.#seenSessions.set(h, at);
    }
  }

  /** Stops listening and writes what is pending; call before the database closes. */
  async close(): Promise<void> {
    live.delete(this);
    if (this.#timer) clearInterval(this.#timer);
    this.#listening = false;
    this.clear();
    await this.#stopListening?.();
    await this.flush();
  }
}
