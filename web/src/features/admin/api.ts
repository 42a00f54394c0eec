import { call, ifMatch, rapport } from "../../api/client.ts";
import type { components } from "../../api/schema.gen.ts";

export type UserCreate = components["schemas"]["UserCreate"];
export type UserPatch = components["schemas"]["UserPatch"];
export type TeamPatch = components["schemas"]["TeamPatch"];

export const USERS_KEY = ["admin", "users"] as const;
export const TEAMS_KEY = ["admin", "teams"] as const;

export const adminApi = {
  users: () => call(rapport.GET("/api/v1/users")),
  teams: () => call(rapport.GET("/api/v1/teams")),
  createUser: (body: UserCreate) =>
    call(
      rapport.POST("/api/v1/users", {
        // One key per submit: a retried request after a lost answer creates no second user.
        params: { header: { "idempotency-key": crypto.randomUUID() } },
        body,
      }),
    ),
  patchUser: (id: string, version: number, body: UserPatch) =>
    call(
      rapport.PATCH("/api/v1/users/{id}", {
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    ),
  createTeam: (body: { name: string; managerId: string | null }) =>
    call(
      rapport.POST("/api/v1/teams", {
        params: { header: { "idempotency-key": crypto.randomUUID() } },
        body,
      }),
    ),
  patchTeam: (id: string, version: number, body: TeamPatch) =>
    call(
      rapport.PATCH("/api/v1/teams/{id}", {
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    ),
};
