import { api } from "./client.ts";
import type {
  Communication,
  Contact,
  Customer,
  MyDay,
  NotificationPage,
  Page,
  Session,
  TimelineEntry,
  User,
} from "./types.ts";

export interface CustomerFilters {
  q: string;
  status: string;
  tier: string;
  sort: string;
}

export const endpoints = {
  login: (email: string, password: string) => api.post<Session>("/auth/login", { email, password }),
  logout: () => api.post<void>("/auth/logout"),
  session: () => api.get<Session>("/auth/session"),
  setLocale: async (userId: string, locale: string) => {
    const path = `/users/${encodeURIComponent(userId)}`;
    const current = await api.get<User & { version: number }>(path);
    return api.patch<User>(path, { locale }, current.version);
  },
  myDay: () => api.get<MyDay>("/me/day"),
  readNotification: (id: string) =>
    api.post<unknown>(`/notifications/${encodeURIComponent(id)}/read`),
  readAllNotifications: () => api.post<unknown>("/notifications/read-all"),
  notifications: () => api.get<NotificationPage>("/notifications", { limit: 20 }),
  customers: (f: CustomerFilters, cursor: string | null) =>
    api.get<Page<Customer>>("/customers", {
      limit: 50,
      q: f.q.trim(),
      status: f.status,
      tier: f.tier,
      sort: f.sort,
      cursor,
    }),
  customer: (id: string) => api.get<Customer>(`/customers/${encodeURIComponent(id)}`),
  contacts: (id: string) =>
    api.get<Page<Contact>>(`/customers/${encodeURIComponent(id)}/contacts`, { limit: 50 }),
  timeline: (id: string) =>
    api.get<Page<TimelineEntry>>(`/customers/${encodeURIComponent(id)}/timeline`, { limit: 30 }),
  logCommunication: (id: string, body: { channel: string; subject: string; content: string }) =>
    api.post<Communication>(`/customers/${encodeURIComponent(id)}/communications`, body),
};
