import type { VisitWindows } from "../../db/schema/customers.ts";
import type { WorkingHours } from "../../db/schema/users.ts";
import { createRng, type Rng } from "../../domain/random.ts";
import { MUC, SH } from "./demo-words.ts";

/**
 * Bilingual demo data, generated deterministically from a seed: one team in Shanghai
 * (Chinese names) and one in Munich (German names), customers scattered around each city.
 */

export type DemoTeam = { key: string; name: string };
export type DemoUser = {
  email: string;
  name: string;
  role: "admin" | "manager" | "rep";
  teamKey: string | null;
  locale: "en" | "zh-CN";
  timeZone: string;
  homeAddress: string | null;
  homeLat: number | null;
  homeLon: number | null;
  workingHours: WorkingHours | null;
};

export type DemoCustomer = {
  kind: "company" | "person";
  name: string;
  tier: string;
  status: "lead" | "active" | "dormant" | "lost";
  ownerEmail: string;
  industry: string;
  source: string;
  tags: string[];
  address: string;
  city: string;
  latitude: number;
  longitude: number;
  phone: string;
  email: string | null;
  visitWindows: VisitWindows;
  visitDurationMin: number;
  /** Yearly value in minor units (cents/fen): what "value covered" and priorities weigh. */
  valueCents: number;
  visitMinDays: number | null;
  visitMaxDays: number | null;
  notes: string | null;
  contacts: DemoContact[];
};

export type DemoContact = {
  name: string;
  title: string;
  phone: string;
  email: string | null;
  wechatId: string | null;
  isPrimary: boolean;
};

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;
const office: WorkingHours = Object.fromEntries(
  WEEKDAYS.map((d) => [d, [{ from: "08:30", to: "17:30" }]]),
);

export const DEMO_TEAMS: DemoTeam[] = [
  { key: "sh", name: "上海销售一组 Shanghai Field Sales" },
  { key: "muc", name: "München Außendienst" },
];

export const DEMO_USERS: DemoUser[] = [
  user("admin@rapport.example", "Ada Admin", "admin", null, "en", "UTC", null),
  user("wang.fang@rapport.example", "王芳", "manager", "sh", "zh-CN", "Asia/Shanghai", [
    "上海市静安区南京西路1266号",
    31.2304,
    121.4491,
  ]),
  user("li.wei@rapport.example", "李伟", "rep", "sh", "zh-CN", "Asia/Shanghai", [
    "上海市徐汇区漕溪北路88号",
    31.1886,
    121.4365,
  ]),
  user("zhang.min@rapport.example", "张敏", "rep", "sh", "zh-CN", "Asia/Shanghai", [
    "上海市浦东新区张杨路500号",
    31.2296,
    121.5262,
  ]),
  user(
    "anna.schneider@rapport.example",
    "Anna Schneider",
    "manager",
    "muc",
    "en",
    "Europe/Berlin",
    ["Marienplatz 8, 80331 München", 48.1374, 11.5755],
  ),
  user("lukas.weber@rapport.example", "Lukas Weber", "rep", "muc", "en", "Europe/Berlin", [
    "Leopoldstraße 50, 80802 München",
    48.1611,
    11.5853,
  ]),
  user("sophie.mueller@rapport.example", "Sophie Müller", "rep", "muc", "en", "Europe/Berlin", [
    "Rosenheimer Str. 145, 81671 München",
    48.1214,
    11.6105,
  ]),
];

function user(
  email: string,
  name: string,
  role: DemoUser["role"],
  teamKey: string | null,
  locale: DemoUser["locale"],
  timeZone: string,
  home: [string, number, number] | null,
): DemoUser {
  return {
    email,
    name,
    role,
    teamKey,
    locale,
    timeZone,
    homeAddress: home?.[0] ?? null,
    homeLat: home?.[1] ?? null,
    homeLon: home?.[2] ?? null,
    workingHours: role === "admin" ? null : office,
  };
}

function jitter(rng: Rng, center: readonly [number, number], radiusKm: number): [number, number] {
  const r = radiusKm * Math.sqrt(rng.next());
  const theta = rng.next() * 2 * Math.PI;
  const dLat = (r * Math.cos(theta)) / 111.32;
  const dLon = (r * Math.sin(theta)) / (111.32 * Math.cos((center[0] * Math.PI) / 180));
  return [Number((center[0] + dLat).toFixed(6)), Number((center[1] + dLon).toFixed(6))];
}

function digits(rng: Rng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

function windows(rng: Rng): VisitWindows {
  const style = rng.int(0, 2);
  const day =
    style === 0
      ? [
          { from: "09:00", to: "12:00" },
          { from: "14:00", to: "17:30" },
        ]
      : style === 1
        ? [{ from: "10:00", to: "16:00" }]
        : [{ from: "08:00", to: "11:30" }];
  const out: VisitWindows = {};
  for (const d of WEEKDAYS) if (!(style === 2 && d === "fri")) out[d] = day;
  return out;
}

/** Yearly value ranges by tier, in whole currency units. */
const VALUE_RANGE: Record<string, readonly [number, number]> = {
  A: [500_000, 2_000_000],
  B: [100_000, 500_000],
  C: [10_000, 100_000],
};

/**
 * A customer's yearly value, spread within its tier's range by a hash of its index rather
 * than a random draw: drawing would shift every later draw and change the whole data set.
 */
function yearlyValueCents(tierName: string, i: number): number {
  const [lo, hi] = VALUE_RANGE[tierName] ?? [10_000, 100_000];
  const spread = (Math.imul(i + 1, 2_654_435_761) >>> 0) / 2 ** 32;
  return Math.round((lo + spread * (hi - lo)) / 1000) * 1000 * 100;
}

function tier(rng: Rng): string {
  const x = rng.next();
  return x < 0.15 ? "A" : x < 0.5 ? "B" : "C";
}

function status(rng: Rng): DemoCustomer["status"] {
  const x = rng.next();
  return x < 0.6 ? "active" : x < 0.8 ? "lead" : x < 0.93 ? "dormant" : "lost";
}

function shanghai(rng: Rng, i: number, owners: string[]): Omit<DemoCustomer, "valueCents"> {
  const [lat, lon] = jitter(rng, SH.center, 22);
  const person = rng.chance(0.15);
  const [trade, industry] = rng.pick(SH.trades);
  const contactName = () =>
    rng.pick(SH.surnames) + rng.pick(SH.given) + (rng.chance(0.5) ? rng.pick(SH.given) : "");
  const name = person ? contactName() : `上海${rng.pick(SH.brands)}${trade}有限公司`;
  const nContacts = person ? 1 : rng.int(1, 3);
  return {
    kind: person ? "person" : "company",
    name: person ? name : i % 7 === 0 ? `${name}（${rng.pick(SH.districts)}分公司）` : name,
    tier: tier(rng),
    status: status(rng),
    ownerEmail: rng.pick(owners),
    industry,
    source: rng.pick(SH.sources),
    tags: rng.chance(0.5) ? [rng.pick(SH.tags)] : [],
    address: `上海市${rng.pick(SH.districts)}${rng.pick(SH.roads)}${rng.int(1, 2000)}号`,
    city: "上海",
    latitude: lat,
    longitude: lon,
    phone: rng.chance(0.5)
      ? `+86 21 ${digits(rng, 4)} ${digits(rng, 4)}`
      : `+86 13${digits(rng, 1)} ${digits(rng, 4)} ${digits(rng, 4)}`,
    email: person ? null : `contact${i}@example.cn`,
    visitWindows: windows(rng),
    visitDurationMin: rng.pick([30, 45, 60]),
    visitMinDays: null,
    visitMaxDays: null,
    notes: rng.pick(SH.notes),
    contacts: Array.from({ length: nContacts }, (_, k) => ({
      name: k === 0 && person ? name : contactName(),
      title: rng.pick(SH.titles),
      phone: `+86 13${digits(rng, 1)} ${digits(rng, 4)} ${digits(rng, 4)}`,
      email: rng.chance(0.5) ? `c${i}.${k}@example.cn` : null,
      wechatId: rng.chance(0.8) ? `wx_${digits(rng, 8)}` : null,
      isPrimary: k === 0,
    })),
  };
}

function munich(rng: Rng, i: number, owners: string[]): Omit<DemoCustomer, "valueCents"> {
  const [lat, lon] = jitter(rng, MUC.center, 15);
  const person = rng.chance(0.15);
  const [trade, industry] = rng.pick(MUC.trades);
  const brand = rng.pick(MUC.brands);
  const contactName = () => `${rng.pick(MUC.first)} ${rng.pick(MUC.brands)}`;
  const name = person
    ? contactName()
    : trade.startsWith("Bäckerei") || trade.startsWith("Apotheke") || trade.startsWith("Gasthaus")
      ? `${trade} ${brand}`
      : `${brand} ${trade}`;
  const nContacts = person ? 1 : rng.int(1, 3);
  return {
    kind: person ? "person" : "company",
    name,
    tier: tier(rng),
    status: status(rng),
    ownerEmail: rng.pick(owners),
    industry,
    source: rng.pick(MUC.sources),
    tags: rng.chance(0.5) ? [rng.pick(MUC.tags)] : [],
    address: `${rng.pick(MUC.roads)} ${rng.int(1, 200)}, ${rng.int(80331, 81929)} München`,
    city: "München",
    latitude: lat,
    longitude: lon,
    phone: `+49 89 ${digits(rng, 7)}`,
    email: person ? null : `info${i}@example.de`,
    visitWindows: windows(rng),
    visitDurationMin: rng.pick([30, 45, 60]),
    visitMinDays: null,
    visitMaxDays: null,
    notes: rng.pick(MUC.notes),
    contacts: Array.from({ length: nContacts }, (_, k) => ({
      name: k === 0 && person ? name : contactName(),
      title: rng.pick(MUC.titles),
      phone: `+49 151 ${digits(rng, 8)}`,
      email: rng.chance(0.7) ? `p${i}.${k}@example.de` : null,
      wechatId: null,
      isPrimary: k === 0,
    })),
  };
}

/** `count` customers, alternating Shanghai and Munich, owned by the demo reps of each city. */
export function demoCustomers(count: number, seed: number, offset = 0): DemoCustomer[] {
  const rng = createRng(seed + offset * 7919);
  const shReps = DEMO_USERS.filter((u) => u.teamKey === "sh" && u.role === "rep").map(
    (u) => u.email,
  );
  const mucReps = DEMO_USERS.filter((u) => u.teamKey === "muc" && u.role === "rep").map(
    (u) => u.email,
  );
  return Array.from({ length: count }, (_, k) => {
    const i = offset + k;
    const c = i % 2 === 0 ? shanghai(rng, i, shReps) : munich(rng, i, mucReps);
    return { ...c, valueCents: yearlyValueCents(c.tier, i) };
  });
}
