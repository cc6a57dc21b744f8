import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { listFeedArticles, listNewestTimelineItems } from "@/db/queries/timeline";
import { jsonError } from "@/app/_lib/json-responses";
import { buildTimelineFeed } from "@/lib/timeline/build-timeline-feed";
import { readTimelineRequest } from "@/lib/timeline/read-timeline-request";

const FEED_SIZE = 50;

/** GET /feed.xml?…filters: Atom feed of the newest timeline items and the articles giving evidence for them. */
export async function GET(request: NextRequest) {
  const db = getDb();
  const read = readTimelineRequest({ db, params: request.nextUrl.searchParams });
  if (!read.ok) return jsonError({ status: 400, message: read.message });
  const { filters, filtered } = read.value;
  const xml = buildTimelineFeed({
    items: listNewestTimelineItems({ db, filters, limit: FEED_SIZE }),
    articles: listFeedArticles({ db, filters, filtered, limit: FEED_SIZE }),
    origin: request.nextUrl.origin,
    selfUrl: request.nextUrl.toString(),
    limit: FEED_SIZE,
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
