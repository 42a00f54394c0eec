import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Actor } from "../modules/access/actor.ts";
import { authenticateApiToken } from "../modules/auth/api-tokens.service.ts";
import { AuthErrors } from "../modules/auth/auth.errors.ts";
import { authenticateSession } from "../modules/auth/auth.service.ts";
import { CredentialCache } from "../modules/auth/credential-cache.ts";
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

async function authenticate(
  deps: AppDeps,
  cache: CredentialCache,
  request: FastifyRequest,
): Promise<RequestAuth | null> {
  const token = bearer(request);
  if (token !== null) {
    const found = token ? await authenticateApiToken(deps.database.db, cache, token) : null;
    return found && { ...found, via: "token", csrfToken: null, sessionHash: null };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const found = await authenticateSession(deps.database.db, cache, deps.config.auth, cookie);
  return (
    found && { ...found, via: "session", csrfToken: found.csrfToken, sessionHash: found.tokenHash }
  );
}

async function authPlugin(app: FastifyInstance, deps: AppDeps) {
  const { auth } = deps.config;
  const cache = await CredentialCache.start(deps.database, {
    ttlMs: auth.credentialCacheMs,
    maxEntries: auth.credentialCacheEntries,
    flushMs: auth.lastUsedFlushMs,
    settleMs: auth.credentialSettleMs,
    onFlushError: (err) => app.log.warn({ err }, "could not write last-used times; will retry"),
  });
  // Stops listening and writes the pending "last used" times before the database closes.
  app.addHook("onClose", () => cache.close());
  app.decorateRequest("auth", null);
  app.addHook("onRequest", async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith("/api/v1/") || request.routeOptions.config?.public) return;
    const found = await authenticate(deps, cache, request);
    if (!found) throw AuthErrors.unauthenticated();
    if (found.via === "session" && !SAFE.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      const ok =
        typeof sent === "string" && found.csrfToken !== null && safeEqual(sent, found.csrfToken);
      if (!ok || !sameOrigin(request)) throw AuthErrors.csrf();
    }
    request.auth = found;
  });
}

export const authentication = fp(authPlugin, { name: "rapport-auth" });

/** The signed-in caller; routes behind the auth hook always have one. */
export function requireAuth(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw AuthErrors.unauthenticated();
  return request.auth;
}
