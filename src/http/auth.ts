import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Actor } from "../modules/access/actor.ts";
import { authenticateApiToken } from "../modules/auth/api-tokens.service.ts";
import { AuthErrors } from "../modules/auth/auth.errors.ts";
import { authenticateSession } from "../modules/auth/auth.service.ts";
import { safeEqual } from "../modules/auth/secrets.ts";
import type { UserRow } from "../modules/users/users.repository.ts";
import type { AppDeps } from "./deps.ts";

export const SESSION_COOKIE = "rapport_session";
export const CSRF_HEADER = "x-csrf-token";

export type RequestAuth = {
  actor: Actor;
  user: UserRow;
  via: "session" | "token";
  csrfToken: string | null;
  sessionHash: string | null;
};

declare module "fastify" {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (sign-in itself, public survey links…). */
    public?: boolean;
  }
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cookie-authenticated writes must come from this site: the Origin header (or, failing
 * that, Sec-Fetch-Site) must say so, and the X-CSRF-Token header must echo the session's
 * token, which a page on another site cannot read.
 */
export function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin) return origin === `${request.protocol}://${request.host}`;
  const site = request.headers["sec-fetch-site"];
  return site === undefined || site === "same-origin" || site === "none";
}

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : "";
}

async function authenticate(deps: AppDeps, request: FastifyRequest): Promise<RequestAuth | null> {
  const token = bearer(request);
  if (token !== null) {
    const found = token ? await authenticateApiToken(deps.database.db, token) : null;
    return found && { ...found, via: "token", csrfToken: null, sessionHash: null };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const found = await authenticateSession(deps.database.db, deps.config.auth, cookie);
  return (
    found && { ...found, via: "session", csrfToken: found.csrfToken, sessionHash: found.tokenHash }
  );
}

async function authPlugin(app: FastifyInstance, deps: AppDeps) {
  app.decorateRequest("auth", null);
  app.addHook("onRequest", async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith("/api/v1/") || request.routeOptions.config?.public) return;
    const auth = await authenticate(deps, request);
    if (!auth) throw AuthErrors.unauthenticated();
    if (auth.via === "session" && !SAFE.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      const ok =
        typeof sent === "string" && auth.csrfToken !== null && safeEqual(sent, auth.csrfToken);
      if (!ok || !sameOrigin(request)) throw AuthErrors.csrf();
    }
    request.auth = auth;
  });
}

export const authentication = fp(authPlugin, { name: "rapport-auth" });

/** The signed-in caller; routes behind the auth hook always have one. */
export function requireAuth(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw AuthErrors.unauthenticated();
  return request.auth;
}
