import { chineseForLocale } from "@/lib/i18n/content-language";
import { ConvertedBilingualName } from "./converted-bilingual-name";
import { EnglishOnlyMark } from "./english-only-mark";
import { useCurrentLocale } from "./locale-link";

export { EnglishOnlyMark };

/**
 * The name in the page's language with the other language beside it, the product's way of naming everything.
 * A Chinese page without a Chinese name shows the English one with an "English only" mark. Converts the stored
 * simplified name on /zh-hant pages, so server components only: client components render ConvertedBilingualName
 * with rows their page converted.
 */
export function BilingualName({ nameEn, nameZh, className = "" }: { nameEn: string; nameZh: string | null; className?: string }) {
  const locale = useCurrentLocale();
  return <ConvertedBilingualName nameEn={nameEn} nameZh={chineseForLocale({ text: nameZh, locale })} className={className} />;
}
