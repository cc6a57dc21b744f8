import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { publicOrigin, webcalUrl } from "@/lib/follow/public-origin";
import { exportLangQuery } from "@/lib/i18n/locales";

/**
 * "Follow": an Atom feed (newest first) and a webcal:// calendar subscription of the timeline filtered to what
 * this page shows, with absolute links on the public address. On a Chinese page the feed and calendar carry
 * their titles in that language (lang=…). Without a label the line reads "Follow this view".
 */
export async function FollowLinks({ query, label }: { query: string; label?: string }) {
  const h = await headers();
  const t = await getTranslations();
  const lang = exportLangQuery(await getLocale());
  const origin = publicOrigin({ requestUrl: "http://localhost/", host: h.get("x-forwarded-host") ?? h.get("host"), forwardedProto: h.get("x-forwarded-proto") });
  const joined = [query, lang].filter(Boolean).join("&");
  const search = joined ? `?${joined}` : "";
  const linkClass = "text-brand-700 underline";
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="follow">
      <span className="font-medium text-slate-700">{label ? t("entity.follow", { name: label }) : t("entity.followThis")}</span>
      <a href={`${origin}/feed.xml${search}`} className={linkClass} type="application/atom+xml" data-testid="follow-atom">
        {t("timeline.exportAtom")}
      </a>
      <a href={webcalUrl(`${origin}/timeline.ics${search}`)} className={linkClass} data-testid="follow-calendar">
        {t("entity.followCalendar")}
      </a>
    </p>
  );
}
