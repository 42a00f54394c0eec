/**
 * Where the browser may load images from: the app itself, inline data (icons), and the map
 * tile server's origin only — not any https: host. A host label holding a subdomain
 * placeholder becomes a wildcard, which CSP allows only as a whole leftmost label:
 * `https://{s}.tile.example.org/…` and `https://webrd0{s}.example.com/…` → `https://*.….`
 * (config refuses a placeholder anywhere else in the host).
 */
export function imageSources(tileUrl: string): string[] {
  const sources = ["'self'", "data:"];
  if (!tileUrl) return sources;
  const m = /^(https?:\/\/)([^/:]+)(:\d+)?/.exec(tileUrl);
  if (!m) return sources;
  const [first, ...rest] = m[2]!.split(".");
  const host = /[{}]/.test(first!) ? ["*", ...rest].join(".") : m[2]!;
  sources.push(`${m[1]}${host}${m[3] ?? ""}`);
  return sources;
}

const UPGRADE = "upgrade-insecure-requests";

/**
 * `upgrade-insecure-requests` only on pages that came over TLS. Served over plain HTTP (a LAN
 * install opened as http://rapport.lan:3000) it sends every script and stylesheet to an https
 * port nobody listens on, and the page stays blank. Behind a proxy, `tls` follows
 * X-Forwarded-Proto when TRUST_PROXY believes the proxy.
 */
export function tlsAwarePolicy(policy: string, tls: boolean): string {
  const directives = policy
    .split(";")
    .map((d) => d.trim())
    .filter((d) => d !== "" && d !== UPGRADE);
  if (tls) directives.push(UPGRADE);
  return directives.join(";");
}
