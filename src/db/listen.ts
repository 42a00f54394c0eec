import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export type ListenHandlers = {
  /** A notification arrived on the channel. */
  message(payload: string): void;
  /** Listening (again): notifications from now on will arrive. */
  up(): void;
  /** No longer listening: notifications may be missed until the next `up`. */
  down(): void;
};

/** Stops listening and releases the connection. */
export type StopListening = () => Promise<void>;

const RETRY_MS = 1_000;

/** The application_name of the connections listening on `channel` (see listenPostgres). */
export const listenerName = (channel: string) => `rapport-listen:${channel}`;

/**
 * LISTEN on a dedicated connection of its own (a pooled one would be handed to queries),
 * reconnecting after a second whenever it drops. `down` is called at once on a drop, so a
 * caller relying on the notifications can stop trusting what it cached.
 */
export function listenPostgres(
  config: pg.ClientConfig,
  channel: string,
  handlers: ListenHandlers,
): StopListening {
  // Named after the channel, so the listeners of a channel can be counted in pg_stat_activity.
  const named: pg.ClientConfig = { ...config, application_name: listenerName(channel) };
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let ready: Promise<void> = Promise.resolve();

  const lost = (c: pg.Client) => {
    if (client !== c) return;
    client = null;
    handlers.down();
    c.end().catch(() => {});
    if (!stopped) retry = setTimeout(connect, RETRY_MS);
  };

  function connect() {
    retry = null;
    if (stopped) return;
    const c = new pg.Client(named);
    client = c;
    c.on("error", () => lost(c));
    c.on("end", () => lost(c));
    c.on("notification", (n) => handlers.message(n.payload ?? ""));
    ready = c
      .connect()
      .then(() => c.query(`listen ${pg.escapeIdentifier(channel)}`))
      .then(() => {
        if (client === c && !stopped) handlers.up();
      })
      .catch(() => lost(c));
  }

  connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await ready;
    const c = client;
    client = null;
    await c?.end().catch(() => {});
  };
}

/** PGlite is one session in this process: LISTEN on it, and it never drops. */
export async function listenPglite(
  client: PGlite,
  channel: string,
  handlers: ListenHandlers,
): Promise<StopListening> {
  const unlisten = await client.listen(channel, handlers.message);
  handlers.up();
  return async () => {
    if (!client.closed) await unlisten();
  };
}
