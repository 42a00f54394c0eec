import { call, ifMatch, rapport } from "./client.ts";
import { idempotencyHeader } from "./idempotency.ts";
import type { components } from "./schema.gen.ts";

type Schemas = components["schemas"];

export interface CustomerFilters {
  q: string;
  status: string;
  tier: string;
  sort: string;
}

const blank = (v: string): string | undefined => (v.trim() === "" ? undefined : v.trim());

export const endpoints = {
  login: (email: string, password: string) =>
    call(rapport.POST("/api/v1/auth/login", { body: { email, password } })),
  logout: () => call(rapport.POST("/api/v1/auth/logout")),
  session: () => call(rapport.GET("/api/v1/auth/session")),
  setLocale: async (userId: string, locale: "en" | "zh-CN") => {
    const params = { path: { id: userId } };
    const current = await call(rapport.GET("/api/v1/users/{id}", { params }));
    return call(
      rapport.PATCH("/api/v1/users/{id}", {
        params: { ...params, header: ifMatch(current.version) },
        body: { locale },
      }),
    );
  },
  myDay: () => call(rapport.GET("/api/v1/me/day")),
  readNotification: (id: string) =>
    call(rapport.POST("/api/v1/notifications/{id}/read", { params: { path: { id } } })),
  readAllNotifications: () => call(rapport.POST("/api/v1/notifications/read-all")),
  notifications: () =>
    call(rapport.GET("/api/v1/notifications", { params: { query: { limit: 20 } } })),
  customers: (f: CustomerFilters, cursor: string | null) =>
    call(
      rapport.GET("/api/v1/customers", {
        params: {
          query: {
            limit: 50,
            q: blank(f.q),
            status: blank(f.status) as "lead" | undefined,
            tier: blank(f.tier),
            sort: blank(f.sort) as "name" | undefined,
            cursor: cursor ?? undefined,
          },
        },
      }),
    ),
  customer: (id: string) =>
    call(rapport.GET("/api/v1/customers/{id}", { params: { path: { id } } })),
  contacts: (id: string) =>
    call(
      rapport.GET("/api/v1/customers/{id}/contacts", {
        params: { path: { id }, query: { limit: 50 } },
      }),
    ),
  timeline: (id: string) =>
    call(
      rapport.GET("/api/v1/customers/{id}/timeline", {
        params: { path: { id }, query: { limit: 30 } },
      }),
    ),
  logCommunication: (
    id: string,
    body: Pick<
      Schemas["CommunicationCreateInput"],
      "channel" | "direction" | "subject" | "content" | "contactId"
    >,
    key: string,
  ) =>
    call(
      rapport.POST("/api/v1/customers/{id}/communications", {
        params: { path: { id }, header: idempotencyHeader(key) },
        body,
      }),
    ),
};
