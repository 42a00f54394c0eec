import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { setUiLocale } from "../api/client.ts";
import type { Locale } from "../api/types.ts";
import { en, type MessageKey, type Messages, zhCN } from "./messages.ts";
import { userZone } from "./time.ts";

export const LOCALES: readonly { value: Locale; label: string }[] = [
  { value: "en", label: "English" },
  { value: "zh-CN", label: "简体中文" },
];

const dictionaries: Record<Locale, Messages> = { en, "zh-CN": zhCN };
const STORAGE_KEY = "rapport.locale";

/** Normalises whatever the server or browser says ("zh", "zh-Hans-CN", "en-GB") to ours. */
export function toLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (v.startsWith("zh")) return "zh-CN";
  if (v.startsWith("en")) return "en";
  return null;
}

/** The language this browser was explicitly switched to, if any. */
export function savedLocale(): Locale | null {
  try {
    return toLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage can be blocked (private mode); then nothing was remembered.
    return null;
  }
}

function initialLocale(): Locale {
  const saved = savedLocale();
  if (saved) return saved;
  return toLocale(typeof navigator === "undefined" ? null : navigator.language) ?? "en";
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The zone times are shown and typed in: the signed-in user's if valid, else the browser's. */
  timeZone: string;
  /** The profile's zone; undefined (signed out) means the browser's. */
  setTimeZone: (timeZone: string | undefined) => void;
  t: Translate;
  formatDate: (iso: string) => string;
  formatDateTime: (iso: string) => string;
  formatNumber: (n: number) => string;
  formatMoney: (cents: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  children,
  locale: fixed,
}: {
  children: ReactNode;
  /** Tests pass a locale to start from. */
  locale?: Locale;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  const [profileZone, setTimeZone] = useState<string | undefined>(undefined);
  // A zone this browser's Intl does not know would make every date format throw.
  const timeZone = userZone(profileZone);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across reloads then; the switch still works for this page.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dict = dictionaries[locale];
    // A rep's day is the day where they work, not where the browser happens to be: times are
    // shown in the profile's zone. Date-only values ("2026-11-20", e.g. a need's due date) are
    // calendar days, not instants: formatted in UTC so no zone can move them a day.
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    });
    const number = new Intl.NumberFormat(locale);
    // Demo data is in CNY and EUR; the API stores cents without a currency, so stay neutral.
    const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return {
      locale,
      setLocale,
      timeZone,
      setTimeZone,
      t: (key, vars) => {
        let s: string = dict[key] ?? en[key] ?? key;
        if (vars) for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, String(v));
        return s;
      },
      formatDate: (iso) =>
        /^\d{4}-\d{2}-\d{2}$/.test(iso) ? day.format(new Date(iso)) : date.format(new Date(iso)),
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
      formatNumber: (n) => number.format(n),
      formatMoney: (cents) => money.format(cents / 100),
    };
  }, [locale, setLocale, timeZone]);

  if (typeof document !== "undefined") document.documentElement.lang = locale;
  setUiLocale(locale);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n outside I18nProvider");
  return ctx;
}
