import { call, ifMatch, rapport } from "../../api/client.ts";
import type { components } from "../../api/schema.gen.ts";

export type UserPatch = components["schemas"]["UserPatch"];
export type WeekWindows = NonNullable<components["schemas"]["User"]["workingHours"]>;

export const settingsApi = {
  me: () => call(rapport.GET("/api/v1/users/me")),
  user: (id: string) => call(rapport.GET("/api/v1/users/{id}", { params: { path: { id } } })),
  patchUser: (id: string, version: number, body: UserPatch) =>
    call(
      rapport.PATCH("/api/v1/users/{id}", {
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    ),
  feedStatus: () => call(rapport.GET("/api/v1/calendar/feed")),
  createFeed: () => call(rapport.POST("/api/v1/calendar/feed")),
  revokeFeed: () => call(rapport.DELETE("/api/v1/calendar/feed")),
};
