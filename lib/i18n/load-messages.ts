import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import type { Locale } from "./locales";
import { messagesToTraditional } from "./traditional";

let zhHant: typeof zh | null = null;

/** The catalogue of a locale; traditional Chinese is converted from the simplified one once per process. */
export function loadMessages({ locale }: { locale: Locale }): typeof en {
  if (locale === "en") return en;
  if (locale === "zh") return zh;
  zhHant ??= messagesToTraditional(zh) as typeof zh;
  return zhHant;
}
