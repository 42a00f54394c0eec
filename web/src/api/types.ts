/** Response shapes used by the web app, named from the generated OpenAPI types. */
import type { components } from "./schema.gen.ts";

type Schemas = components["schemas"];

export type Locale = "en" | "zh-CN";
export type User = Schemas["User"];
export type Session = Schemas["Session"];
export type Customer = Schemas["Customer"];
export type Contact = Schemas["Contact"];
export type FollowUp = Schemas["FollowUp"];
export type MyDay = Schemas["MyDay"];
export type Notification = Schemas["Notification"];
export type NotificationPage = Schemas["NotificationPage"];
export type TimelineEntry = Schemas["TimelineEntry"];
export type Communication = Schemas["Communication"];
export type Need = Schemas["Need"];
export type NeedType = Schemas["NeedType"];
export type Visit = Schemas["Visit"];
export type DueCustomer = Schemas["DueCustomer"];
export type VisitPlan = Schemas["VisitPlan"];
export type Team = Schemas["Team"];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const CUSTOMER_STATUSES = ["lead", "active", "dormant", "lost"] as const;
export const CUSTOMER_TIERS = ["A", "B", "C"] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];
