import type { FastifyRequest } from "fastify";
import type { Config } from "../config.ts";

/**
 * The app's base URL for links handed to users (feed URLs): PUBLIC_URL when set — behind a
 * proxy the request's own host and scheme may be internal ones — else what this request used.
 */
export function publicBase(config: Pick<Config, "publicUrl">, request: FastifyRequest): string {
  return config.publicUrl ?? `${request.protocol}://${request.host}`;
}
