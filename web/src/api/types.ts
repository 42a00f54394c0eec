/** Response shapes used by the web app; mirrors the OpenAPI document at /api/openapi.json. */
export type Locale = "en" | "zh-CN";

export interface User {
  id: string;
  email: string;
  name: string;
  role: "rep" | "manager" | "admin";
  teamId: string | null;
  locale: string;
  timeZone: string;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const CUSTOMER_STATUSES = ["lead", "active", "dormant", "lost"] as const;
export const CUSTOMER_TIERS = ["A", "B", "C"] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

export interface Customer {
  id: string;
  kind: string;
  name: string;
  tier: CustomerTier;
  status: CustomerStatus;
  ownerId: string;
  industry: string | null;
  tags: string[];
  address: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  valueCents: number | null;
  lastVisitedAt: string | null;
  createdAt: string;
}

export interface Contact {
  id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  wechatId: string | null;
  isPrimary: boolean;
}

export interface FollowUp {
  id: string;
  customerId: string;
  kind: string;
  dueAt: string;
  notes: string | null;
  status: string;
  overdue: boolean;
}

export interface MyDay {
  date: string;
  timeZone: string;
  counts: { overdue: number; today: number; upcoming: number };
  overdue: FollowUp[];
  today: FollowUp[];
  upcoming: FollowUp[];
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  customerId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<Notification> {
  unreadCount: number;
}

/** Timeline entries carry one payload named after their kind; only the common bits are typed. */
export interface TimelineEntry {
  type: string;
  at: string;
  communication?: { id: string; channel: string; subject: string | null; content: string };
  followUp?: { id: string; kind: string; notes: string | null; status: string };
  need?: { id: string; title: string; status: string };
  visit?: { id: string; status: string };
}

export interface Communication {
  id: string;
  channel: string;
  subject: string | null;
  content: string;
}
