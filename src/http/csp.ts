/**
 * Where the browser may load images from: the app itself, inline data (icons), and the map
 * tile server's origin only — not any https: host. A `{s}` subdomain placeholder becomes a
 * wildcard (`https://{s}.tile.example.org/…` → `https://*.tile.example.org`).
 */
export function imageSources(tileUrl: string): string[] {
  const sources = ["'self'", "data:"];
  if (!tileUrl) return sources;
  const origin = /^(https?:\/\/[^/]+)/.exec(tileUrl)?.[1];
  if (origin) sources.push(origin.replace(/\{[a-z]+\}/g, "*"));
  return sources;
}
