import { useQuery, useQueryClient } from "@tanstack/react-query";
import { setCsrfToken } from "../../api/client.ts";
import { endpoints } from "../../api/endpoints.ts";
import { ApiError } from "../../api/problem.ts";
import type { Session } from "../../api/types.ts";

export const SESSION_KEY = ["session"] as const;

/** Restores the cookie session on reload; `null` means signed out (a 401, not an error). */
async function loadSession(): Promise<Session | null> {
  try {
    const s = await endpoints.session();
    setCsrfToken(s.csrfToken);
    return s;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: loadSession,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSessionActions() {
  const qc = useQueryClient();
  return {
    signedIn(session: Session) {
      setCsrfToken(session.csrfToken);
      qc.setQueryData(SESSION_KEY, session);
    },
    async signOut() {
      try {
        await endpoints.logout();
      } finally {
        setCsrfToken(null);
        // Signed out first, so the shell (observing the session) redirects to sign-in; then
        // drop every other cached answer: the next user must not see this one's customers.
        // (`clear()` would also drop the observed session query, and nothing would redirect.)
        qc.setQueryData(SESSION_KEY, null);
        qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      }
    },
  };
}
