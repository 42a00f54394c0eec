/** The languages Rapport speaks. Everything a user reads is rendered in one of them. */
export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A profile's language or an Accept-Language value, reduced to a locale: any Chinese first
 * choice reads 简体中文, anything else English.
 */
export function localeOf(value: string | null | undefined): Locale {
  return value && /^\s*zh\b/i.test(value) ? "zh-CN" : "en";
}
