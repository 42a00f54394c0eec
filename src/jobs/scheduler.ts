/** Where the jobs report what they did and what failed (the server's pino logger fits). */
export type JobLogger = {
  error(obj: { err: unknown }, msg: string): void;
  info(obj: Record<string, number>, msg: string): void;
};

export type Scheduler = {
  /** Stops the loop and waits for a tick in progress to finish. */
  stop(): Promise<void>;
};

/**
 * Runs `tick` every `intervalMs`: the next tick is scheduled only after the previous one has
 * finished (a setTimeout chain, not setInterval), so ticks never overlap in one process. A
 * failing tick is logged and the loop goes on. Nothing here assumes a single process: the
 * work a tick does must claim its rows (see notifications.repository.ts).
 */
export function startScheduler(opts: {
  intervalMs: number;
  tick: () => Promise<void>;
  logger: JobLogger;
}): Scheduler {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = async () => {
    try {
      await opts.tick();
    } catch (err) {
      opts.logger.error({ err }, "scheduler tick failed");
    }
  };
  const loop = () => {
    if (stopped) return;
    running = run().finally(() => {
      if (!stopped) timer = setTimeout(loop, opts.intervalMs);
    });
  };
  // The first tick comes at once: whatever fell due while no process ran is handled on start.
  loop();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
