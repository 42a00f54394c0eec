import { call, ifMatch, rapport } from "../../api/client.ts";
import { idempotencyHeader } from "../../api/idempotency.ts";
import type { components } from "../../api/schema.gen.ts";

export type UserCreate = components["schemas"]["UserCreate"];
export type UserPatch = components["schemas"]["UserPatch"];
export type TeamPatch = components["schemas"]["TeamPatch"];

export const USERS_KEY = ["admin", "users"] as const;
export const TEAMS_KEY = ["admin", "teams"] as const;

export const adminApi = {
  users: () => call(rapport.GET("/api/v1/users")),
  teams: () => call(rapport.GET("/api/v1/teams")),
  createUser: (body: UserCreate, key: string) =>
    call(
      rapport.POST("/api/v1/users", {
        params: { header: idempotencyHeader(key) },
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
  createTeam: (body: { name: string; managerId: string | null }, key: string) =>
    call(
      rapport.POST("/api/v1/teams", {
        params: { header: idempotencyHeader(key) },
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
