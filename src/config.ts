import { join, resolve } from "node:path";
import { z } from "zod";

/**
 * Every setting Rapport reads from the environment, validated once at start.
 * Nothing else in the codebase may read `process.env`: pass the parsed config down.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Set when a reverse proxy terminates TLS, so X-Forwarded-Proto marks cookies Secure. */
  /**
   * Proxies whose X-Forwarded-* headers are believed: `false`, a number of hops, or a
   * comma-separated list of proxy addresses/CIDRs. Never "trust everyone": any client could
   * then pick its own address and slip past the sign-in limit.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(false|\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, {
      message: "false, a number of hops, or proxy addresses separated by commas",
    })
    .default("false"),
  /** Check-ins within this many meters of the customer are verified. */
  VISIT_RADIUS_M: z.coerce.number().int().min(10).max(10_000).default(200),
  /**
   * A check-in more than this many minutes before a visit's planned start, or after its
   * planned end, needs a reason (docs/visits.md, "Proof of visit").
   */
  CHECK_IN_WINDOW_MARGIN_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(60),
  /** A visit checked out after less than this many minutes on site is listed as short. */
  SHORT_VISIT_MINUTES: z.coerce.number().int().min(0).max(480).default(5),
  /** Where uploaded files (visit photos) are kept; default DATA_DIR/files. Back it up. */
  FILES_DIR: z.string().min(1).optional(),
  /** The largest photo accepted, in megabytes (MiB). */
  PHOTO_MAX_MB: z.coerce.number().int().min(1).max(50).default(8),
  /** Re-planning never moves visits starting within this many minutes from now. */
  VISIT_FREEZE_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .default(120),
  /** Days between visits by tier, min-max: "A:7-14,B:14-30,C:30-90". */
  VISIT_CADENCE: z
    .string()
    .regex(/^[A-Z][A-Z0-9]{0,9}:\d{1,3}-\d{1,3}(,[A-Z][A-Z0-9]{0,9}:\d{1,3}-\d{1,3})*$/, {
      message: 'tier:min-max pairs, e.g. "A:7-14,B:14-30,C:30-90"',
    })
    .default("A:7-14,B:14-30,C:30-90"),
  /** Optional: reminders are also e-mailed when set, e.g. smtp://user:pass@host:587. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Rapport <rapport@localhost>"),
  /** The app's address as users reach it; e-mails link to it when set. */
  PUBLIC_URL: z
    .string()
    .refine(isPublicOrigin, {
      message: "an http(s) address without path, query or fragment, e.g. https://crm.example.com",
    })
    .optional(),
  /**
   * Map tiles for the web app: an XYZ template ({z}/{x}/{y}, optional {s} subdomain), or ""
   * for no tiles (routes and pins still draw on a plain background).
   */
  MAP_TILE_URL: z
    .string()
    .refine(
      (v) =>
        v === "" ||
        (/^https?:\/\/([^/{}.\s]*(\{s\})?[^/{}.\s]*\.)?[^/{}\s]+\/\S*$/.test(v) &&
          ["{z}", "{x}"].every((p) => v.includes(p)) &&
          (v.includes("{y}") || v.includes("{-y}"))),
      "an http(s) URL template with {z}, {x} and {y} (or {-y} for rows counted from the south; {s} only in the first host label), or empty",
    )
    .default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
  MAP_ATTRIBUTION: z.string().max(300).default("© OpenStreetMap contributors"),
  /** What {s} in MAP_TILE_URL stands for, one character per server: AMap uses "1234". */
  MAP_TILE_SUBDOMAINS: z
    .string()
    .regex(/^[a-z0-9]{1,10}$/, "one to ten letters or digits, one per server, e.g. abc or 1234")
    .default("abc"),
  /**
   * The coordinate system the tiles are drawn in. Chinese tile servers (AMap/Gaode, Tencent)
   * draw in GCJ-02, where a WGS-84 position lands 300–600 m off; with `gcj02` the web app
   * moves pins and routes for display only (stored positions stay WGS-84).
   */
  MAP_TILE_CRS: z.enum(["wgs84", "gcj02"]).default("wgs84"),
  /** Finished (done or failed) queue jobs are deleted this many days after they ended. */
  JOB_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** How often the background jobs look for due work; 0 turns the scheduler off. */
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
  /**
   * On SIGTERM/SIGINT, how long in-flight requests and running jobs get to finish before
   * their connections are dropped. Below Docker's 10 s grace period, so the database is
   * closed cleanly before a SIGKILL could come.
   */
  /**
   * Where users get this server's source code (AGPL-3.0 section 13), e.g. your fork's
   * repository. Unset: the server offers its own files at /source.tar.gz.
   */
  SOURCE_URL: z.url({ protocol: /^https?$/, error: "an http(s) URL" }).optional(),
  /** Bearer token for GET /metrics; unset = no /metrics route. */
  METRICS_TOKEN: z.string().min(16, "at least 16 characters").optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(8_000),
});

/**
 * PUBLIC_URL must be an origin: links are built as `${publicUrl}/customers/…`, and the web app
 * is served at the root, so a path (or a query, fragment or password) would only make links
 * that lead nowhere. A trailing slash alone is allowed and dropped.
 */
function isPublicOrigin(v: string): boolean {
  if (!URL.canParse(v)) return false;
  const u = new URL(v);
  return (
    (u.protocol === "http:" || u.protocol === "https:") &&
    u.pathname === "/" &&
    !u.search &&
    !u.hash &&
    !u.username &&
    !u.password &&
    !v.endsWith("?") &&
    !v.endsWith("#")
  );
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  /** Request bodies above this size are refused with 413. */
  bodyLimitBytes: number;
  /** How long an Idempotency-Key and its stored response are kept. */
  idempotencyTtlHours: number;
  trustProxy: false | number | string;
  visits: {
    radiusM: number;
    /** Minutes outside the planned start–end a check-in may be without a reason. */
    windowMarginMinutes: number;
    /** Checked out after less than this: a short visit (an exception, no reason asked). */
    shortVisitMinutes: number;
    freezeMinutes: number;
    tierCadence: Record<string, { minDays: number; maxDays: number }>;
  };
  files: {
    /** The directory of the file store (visit photos); in backups with the database. */
    dir: string;
    /** Photos above this size are refused with 413. */
    photoMaxBytes: number;
  };
  mail: {
    /** Unset: notifications stay in-app only. */
    smtpUrl: string | undefined;
    from: string;
  };
  /** Milliseconds between scheduler ticks; 0 = no scheduler in this process. */
  schedulerIntervalMs: number;
  /** The app's origin as users reach it (no trailing slash); unset: e-mails carry no link. */
  publicUrl: string | undefined;
  retention: {
    /** Days a finished queue job is kept (its outcome stays readable on the plan it made). */
    jobDays: number;
  };
  /** Shown as the app's "Source code" link; unset = /source.tar.gz from this server. */
  sourceUrl: string | undefined;
  /** Prometheus scrapes GET /metrics with this bearer token; unset = the route is absent. */
  metricsToken: string | undefined;
  /** Grace period for in-flight work on shutdown. */
  shutdownTimeoutMs: number;
  map: {
    /** Empty: no tiles. */
    tileUrl: string;
    attribution: string;
    /** What the tiles are drawn in; data is always WGS-84. */
    crs: "wgs84" | "gcj02";
    /** The values of {s} in the tile URL. */
    subdomains: string;
  };
  auth: {
    /** A session unused this long ends. */
    sessionIdleMinutes: number;
    /** A session ends this long after sign-in, used or not. */
    sessionAbsoluteHours: number;
    passwordMinLength: number;
    /** Failed sign-ins allowed per account, and per client address, in one window. */
    loginFailuresPerAccount: number;
    loginFailuresPerAddress: number;
    loginWindowMinutes: number;
    /**
     * Token and session lookups are cached per process for this long at most; any change
     * to a credential empties every process's cache at once (LISTEN/NOTIFY, see
     * src/modules/auth/credential-cache.ts), so this only bounds memory staleness.
     */
    credentialCacheMs: number;
    credentialCacheEntries: number;
    /** A credential change waits at most this long for every process to drop its cache. */
    credentialSettleMs: number;
    /** "Last used" (tokens) and "last seen" (sessions) are written in one batch this often. */
    lastUsedFlushMs: number;
  };
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: 1024 * 1024,
    idempotencyTtlHours: 24,
    trustProxy:
      e.TRUST_PROXY === "false"
        ? false
        : /^\d+$/.test(e.TRUST_PROXY)
          ? Number(e.TRUST_PROXY)
          : e.TRUST_PROXY,
    visits: {
      radiusM: e.VISIT_RADIUS_M,
      windowMarginMinutes: e.CHECK_IN_WINDOW_MARGIN_MINUTES,
      shortVisitMinutes: e.SHORT_VISIT_MINUTES,
      freezeMinutes: e.VISIT_FREEZE_MINUTES,
      tierCadence: Object.fromEntries(
        e.VISIT_CADENCE.split(",").map((pair) => {
          const [tier, range] = pair.split(":") as [string, string];
          const [minDays, maxDays] = range.split("-").map(Number) as [number, number];
          return [tier, { minDays, maxDays }];
        }),
      ),
    },
    files: {
      dir: resolve(e.FILES_DIR ?? join(e.DATA_DIR, "files")),
      photoMaxBytes: e.PHOTO_MAX_MB * 1024 * 1024,
    },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    schedulerIntervalMs: e.SCHEDULER_INTERVAL_MS,
    publicUrl: e.PUBLIC_URL === undefined ? undefined : new URL(e.PUBLIC_URL).origin,
    retention: { jobDays: e.JOB_RETENTION_DAYS },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    sourceUrl: e.SOURCE_URL,
    metricsToken: e.METRICS_TOKEN,
    map: {
      tileUrl: e.MAP_TILE_URL,
      attribution: e.MAP_ATTRIBUTION,
      crs: e.MAP_TILE_CRS,
      subdomains: e.MAP_TILE_SUBDOMAINS,
    },
    auth: {
      sessionIdleMinutes: 12 * 60,
      sessionAbsoluteHours: 7 * 24,
      passwordMinLength: 10,
      loginFailuresPerAccount: 5,
      loginFailuresPerAddress: 30,
      loginWindowMinutes: 15,
      credentialCacheMs: 60_000,
      credentialCacheEntries: 10_000,
      credentialSettleMs: 1_000,
      lastUsedFlushMs: 30_000,
    },
  };
}
