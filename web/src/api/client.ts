import createClient, { type Client, type Middleware } from "openapi-fetch";
import { ApiError, type Problem } from "./problem.ts";
import type { paths } from "./schema.gen.ts";

export type RapportClient = Client<paths>;

interface Location {
  origin: string;
}

/**
 * A typed client over the generated `paths`, for the browser (cookie + CSRF) and for scripts
 * and the CLI (`token` → `Authorization: Bearer`). Every path, parameter and body is checked
 * against /api/openapi.json at compile time.
 */
export function createRapportClient(options: {
  baseUrl?: string;
  token?: string;
  csrfToken?: () => string | null;
  /** The UI's language: texts the server renders (reasons…) come back in it. */
  locale?: () => string | null;
  fetch?: (request: Request) => Promise<Response>;
}): RapportClient {
  const client = createClient<paths>({
    // Request objects need an absolute URL; in the browser that is the page's own origin.
    // (Typed by hand: this module is also compiled for Node, which has no DOM lib.)
    baseUrl: options.baseUrl ?? (globalThis as { location?: Location }).location?.origin ?? "",
    credentials: "same-origin",
    // Looked up per request (not captured once), so tests can stub the global fetch.
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
  });
  const auth: Middleware = {
    onRequest({ request }) {
      request.headers.set("accept", "application/json");
      if (options.token) request.headers.set("authorization", `Bearer ${options.token}`);
      const csrf = options.csrfToken?.();
      if (request.method !== "GET" && csrf) request.headers.set("x-csrf-token", csrf);
      const locale = options.locale?.();
      if (locale) request.headers.set("accept-language", locale);
      return request;
    },
  };
  client.use(auth);
  return client;
}

// The CSRF token lives in memory only: it comes back from /auth/session after a reload.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let uiLocale: string | null = null;

/** The language the UI speaks now; sent as Accept-Language with every request. */
export function setUiLocale(locale: string): void {
  uiLocale = locale;
}

/** The browser's client: same origin, session cookie, CSRF token on writes, UI language. */
export const rapport = createRapportClient({
  csrfToken: () => csrfToken,
  locale: () => uiLocale,
});

/**
 * Unwraps an openapi-fetch result: the data on success, an `ApiError` carrying the server's
 * problem otherwise (a failed connection is status 0, code `network`).
 */
export async function call<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch {
    throw new ApiError({ status: 0, code: "network", detail: "network" });
  }
  const { response } = result;
  if (!response.ok) {
    const p = (
      result.error && typeof result.error === "object" ? result.error : {}
    ) as Partial<Problem>;
    throw new ApiError({ ...p, status: response.status });
  }
  return result.data as T;
}

/** `If-Match` for a PATCH after reading `version` (optimistic concurrency, docs/api.md). */
export const ifMatch = (version: number) => ({ "if-match": `"${version}"` });
