import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { lifecycleColumns } from "./common.ts";

export type WorkingHours = Partial<
  Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", { from: string; to: string }[]>
>;

/** Map apps a "navigate" link can open; null on a profile = chosen by language and platform. */
export const MAP_APPS = ["apple", "google", "amap", "baidu"] as const;

export const teams = pgTable("teams", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  managerId: uuid("manager_id"),
  ...lifecycleColumns(),
});

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ["admin", "manager", "rep"] }).notNull(),
    teamId: uuid("team_id").references(() => teams.id),
    locale: text("locale", { enum: ["en", "zh-CN"] })
      .notNull()
      .default("en"),
    timeZone: text("time_zone").notNull().default("UTC"),
    homeAddress: text("home_address"),
    homeLat: doublePrecision("home_lat"),
    homeLon: doublePrecision("home_lon"),
    workingHours: jsonb("working_hours").$type<WorkingHours>(),
    /** The map app "navigate" links open; null: AMap for zh-CN, else Apple or Google by device. */
    mapApp: text("map_app", { enum: MAP_APPS }),
    active: boolean("active").notNull().default(true),
    passwordHash: text("password_hash"),
    ...lifecycleColumns(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    check("users_role_check", sql`${t.role} in ('admin', 'manager', 'rep')`),
    check("users_map_app_check", sql`${t.mapApp} in ('apple', 'google', 'amap', 'baidu')`),
  ],
);
