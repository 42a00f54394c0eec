import { z } from "zod";

/** The first frame from the CLI: everything the server needs to run the command as if local. */
export const commandRequest = z.object({
  /** The arguments after `rapport`. */
  args: z.array(z.string()).max(10_000),
  isTTY: z.object({ stdin: z.boolean(), stdout: z.boolean(), stderr: z.boolean() }),
});
export type CommandRequest = z.infer<typeof commandRequest>;

export const commandExit = z.object({ code: z.number().int().min(0).max(255) });
export type CommandExit = z.infer<typeof commandExit>;
