import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { listFeedArticles, listNewestTimelineItems } from "@/db/queries/timeline";
import { jsonError } from "@/app/_lib/json-responses";
import { followTitle } from "@/lib/follow/follow-title";
import { publicOrigin } from "@/lib/follow/public-origin";
import { buildTimelineFeed } from "@/lib/timeline/build-timeline-feed";
import { readTimelineRequest } from "@/lib/timeline/read-timeline-request";
import { createExportText } from "@/lib/i18n/export-text";
import { readExportLocale } from "@/lib/i18n/locales";

const FEED_SIZE = 50;

/**
 * GET /feed.xml?…filters: Atom feed (newest first) of the timeline items and the articles giving evidence for
 * them, titled by what it follows ("Policy Atlas — Zambia"), with absolute links on the public address.
 * `?lang=zh` / `?lang=zh-hant` give the titles in Chinese (the catalogue's "exports" section); English by default.
 */
export async function GET(request: NextRequest) {
  const db = getDb();
  const read = readTimelineRequest({ db, params: request.nextUrl.searchParams });
  if (!read.ok) return jsonError({ status: 400, message: read.message });
  const { filters, filtered } = read.value;
  const origin = publicOrigin({
    requestUrl: request.url,
    host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    forwardedProto: request.headers.get("x-forwarded-proto"),
  });
  const query = request.nextUrl.search;
  const locale = readExportLocale(request.nextUrl.searchParams);
  const t = createExportText({ locale });
  const xml = buildTimelineFeed({
    items: listNewestTimelineItems({ db, filters, limit: FEED_SIZE }),
    articles: listFeedArticles({ db, filters, filtered, limit: FEED_SIZE }),
    origin,
    selfUrl: `${origin}/feed.xml${query}`,
    alternateUrl: `${origin}/timeline${query}`,
    title: followTitle({ filters, locale }),
    subtitle: t("exports.feedSubtitle"),
    rights: t("exports.feedRights"),
    stylesheetUrl: "/feed.xsl",
    limit: FEED_SIZE,
  });
  // A browser opening the feed gets it as generic XML, which it renders through the stylesheet; feed readers
  // (which do not ask for HTML first) get the Atom type.
  const browser = /text\/html/.test(request.headers.get("accept") ?? "");
  return new Response(xml, { headers: { "content-type": `${browser ? "application/xml" : "application/atom+xml"}; charset=utf-8`, vary: "Accept" } });
}
