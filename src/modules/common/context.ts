import type { Executor } from "../../db/client.ts";
import type { Actor } from "../access/actor.ts";
import type { CustomerScope } from "../access/scope.ts";

/**
 * What every service call receives: where to read and write (the pool, or a transaction
 * opened by a caller such as the idempotency layer), who is acting, and what they may see.
 * `actor` is null only for system work (CLI, jobs), whose scope is `systemScope()`.
 */
export type ServiceContext = {
  db: Executor;
  actor: Actor | null;
  scope: CustomerScope;
};

/** Where to read and write, for a call that answers whoever asks (no actor, no scope). */
export type DbContext = Pick<ServiceContext, "db">;
