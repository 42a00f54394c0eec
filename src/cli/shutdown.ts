/**
 * The order a server stops in when a container or service manager asks it to (SIGTERM) or an
 * operator presses Ctrl-C (SIGINT):
 *
 * 1. drain, all at once: stop accepting, let in-flight requests and the running job finish;
 * 2. at the deadline (or on a second signal), force what is still draining: drop connections;
 * 3. close, in reverse order of registration: the database last, which also releases the
 *    embedded database's data-directory lock;
 * 4. exit 0 (1 when a close step failed).
 *
 * A job cut off at the deadline is not lost: its lease runs out and a later process claims it
 * again (docs/jobs.md).
 */
export type Shutdown = {
  /** Work to finish before closing; `force` ends it when the deadline passes. */
  drain(name: string, finish: () => Promise<void>, force?: () => void): void;
  /** Resources to release after draining, closed last-registered first. */
  close(name: string, release: () => Promise<void> | void): void;
  /** Starts the shutdown (the signal handlers call this); resolves when everything is closed. */
  run(reason: string): Promise<number>;
  readonly closing: boolean;
};

export type ShutdownLog = { info(msg: string): void; error(err: unknown, msg: string): void };

export function createShutdown(opts: {
  timeoutMs: number;
  log: ShutdownLog;
  /** Grace given to forced drains to wind down after the deadline. */
  forceGraceMs?: number;
}): Shutdown {
  const drains: { name: string; finish: () => Promise<void>; force?: () => void }[] = [];
  const closes: { name: string; release: () => Promise<void> | void }[] = [];
  let running: Promise<number> | null = null;
  let forceNow: (() => void) | null = null;

  async function sequence(reason: string): Promise<number> {
    opts.log.info(`${reason}: finishing in-flight work (up to ${opts.timeoutMs} ms)`);
    const pending = new Set(drains);
    const all = Promise.allSettled(
      drains.map(async (d) => {
        try {
          await d.finish();
        } catch (err) {
          opts.log.error(err, `shutdown: ${d.name} failed to finish`);
        } finally {
          pending.delete(d);
        }
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<"deadline">((resolve) => {
      forceNow = () => resolve("deadline");
      timer = setTimeout(forceNow, opts.timeoutMs);
    });
    const outcome = await Promise.race([all.then(() => "done" as const), deadline]);
    clearTimeout(timer);
    if (outcome === "deadline" && pending.size > 0) {
      opts.log.info(`shutdown: forcing ${[...pending].map((d) => d.name).join(", ")}`);
      for (const d of pending) d.force?.();
      await Promise.race([all, new Promise((r) => setTimeout(r, opts.forceGraceMs ?? 1000))]);
    }
    let code = 0;
    for (const c of [...closes].reverse()) {
      try {
        await c.release();
      } catch (err) {
        code = 1;
        opts.log.error(err, `shutdown: closing ${c.name} failed`);
      }
    }
    return code;
  }

  return {
    drain(name, finish, force) {
      drains.push({ name, finish, force });
    },
    close(name, release) {
      closes.push({ name, release });
    },
    run(reason) {
      // A second signal while draining: stop waiting, but still close the database cleanly.
      if (running) {
        forceNow?.();
        return running;
      }
      running = sequence(reason);
      return running;
    },
    get closing() {
      return running !== null;
    },
  };
}

/** SIGTERM and SIGINT run the shutdown, then the process exits with its result. */
export function exitOnSignals(shutdown: Shutdown): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      void shutdown.run(signal).then((code) => process.exit(code));
    });
  }
}
