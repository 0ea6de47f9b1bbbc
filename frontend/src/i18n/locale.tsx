import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { IntlProvider, useIntl } from "react-intl";
import { formatWallTime, type WallTime } from "../assets/lapse";
import { messages, type MessageId } from "./messages";

export const LOCALES = [
  { code: "en", label: "English" },
  { code: "fr", label: "Français" },
  { code: "es", label: "Español" },
] as const;
export type Locale = (typeof LOCALES)[number]["code"];

// The chosen language is a preference, not a secret: it is kept in localStorage.
const STORAGE_KEY = "ar.locale";

function initialLocale(): Locale {
  const saved = typeof localStorage !== "undefined" ? localStorage.getItem(STORAGE_KEY) : null;
  if (saved && LOCALES.some((l) => l.code === saved)) return saved as Locale;
  const browser = (typeof navigator !== "undefined" ? navigator.language : "en").slice(0, 2);
  return LOCALES.some((l) => l.code === browser) ? (browser as Locale) : "en";
}

const LocaleContext = createContext<{ locale: Locale; setLocale: (locale: Locale) => void }>({
  locale: "en",
  setLocale: () => undefined,
});

export function LocaleProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale);
  const value = useMemo(
    () => ({
      locale,
      setLocale: (next: Locale) => {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLocaleState(next);
      },
    }),
    [locale],
  );
  if (typeof document !== "undefined") document.documentElement.lang = locale;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} messages={messages[locale]} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale() {
  return useContext(LocaleContext);
}

/** Messages, dates, numbers and money in the chosen language. */
export function useT() {
  const intl = useIntl();
  const { locale } = useLocale();
  return useMemo(() => {
    const regions = new Intl.DisplayNames([locale], { type: "region" });
    return {
      t: (id: MessageId, values?: Record<string, string | number>) =>
        intl.formatMessage({ id }, values),
      money: (money: { amount: string; currency: string } | null | undefined) => {
        if (!money) return "—";
        try {
          return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).format(
            money.amount as unknown as number,
          );
        } catch {
          return `${money.amount} ${money.currency}`;
        }
      },
      date: (value: string | null | undefined) => {
        if (!value) return "—";
        const parsed = value.length === 10 ? new Date(`${value}T00:00:00Z`) : new Date(value);
        return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(parsed);
      },
      dateTime: (value: string | null | undefined) =>
        value
          ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(
              new Date(value),
            )
          : "—",
      /** A date and time on a local clock (an order's time of issue, where issued): no zone shift. */
      wallTime: (wall: WallTime) => formatWallTime(locale, wall),
      /** A percentage given as a decimal string of 0 to 100 ("33.3333"): "33.3333 %" in French. */
      sharePercent: (value: string) =>
        new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 4 }).format(Number(value) / 100),
      number: (value: number) => new Intl.NumberFormat(locale).format(value),
      /** A fraction (0 to 1) as a whole percentage: 0.923 is "92 %" in French. */
      percent: (value: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value),
      state: (code: string | null | undefined) => {
        if (!code) return "—";
        try {
          return regions.of(code) ?? code;
        } catch {
          return code;
        }
      },
      /** An enum value's label (status, stage, kind...), falling back to the value itself. */
      label: (group: string, value: string | null | undefined) => {
        if (!value) return "—";
        const id = `${group}.${value}`;
        return id in messages.en ? intl.formatMessage({ id }) : value.replace(/_/g, " ");
      },
    };
  }, [intl, locale]);
}
