import { headers } from "next/headers";
import { publicOrigin, webcalUrl } from "@/lib/follow/public-origin";

/**
 * "Follow": an Atom feed (newest first) and a webcal:// calendar subscription of the timeline filtered to what
 * this page shows, with absolute links on the public address.
 */
export async function FollowLinks({ query, label }: { query: string; label: string }) {
  const h = await headers();
  const origin = publicOrigin({ requestUrl: "http://localhost/", host: h.get("x-forwarded-host") ?? h.get("host"), forwardedProto: h.get("x-forwarded-proto") });
  const search = query ? `?${query}` : "";
  const linkClass = "text-brand-700 underline";
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="follow">
      <span className="font-medium text-slate-700">Follow {label}:</span>
      <a href={`${origin}/feed.xml${search}`} className={linkClass} type="application/atom+xml" data-testid="follow-atom">
        Atom feed
      </a>
      <a href={webcalUrl(`${origin}/timeline.ics${search}`)} className={linkClass} data-testid="follow-calendar">
        Calendar (webcal)
      </a>
    </p>
  );
}
