import type { Metadata } from "next";
import { getDb } from "@/db";
import { listReviewQueue } from "@/db/queries/review";
import { requirePageRole } from "@/app/_lib/page-guard";
import { entityPath } from "@/lib/entities/entity-url";
import { ReviewQueue, type QueueItem } from "./review-queue";

export const metadata: Metadata = { title: "Review", robots: { index: false } };

export default async function ReviewPage() {
  await requirePageRole({ role: "editor", next: "/review" });
  const { items, total } = listReviewQueue({ db: getDb() });
  const queue: QueueItem[] = items.map((i) => ({ ...i, targetUrl: i.target.status === "confirmed" ? entityPath(i.target) : null }));
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Review queue</h1>
        <p className="text-sm text-slate-600">
          Links, events and entities proposed by ingestion, with the sentence that supports them. Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> accept, <kbd>r</kbd> reject,{" "}
          <kbd>c</kbd> correct.
        </p>
      </header>
      <ReviewQueue initialItems={queue} total={total} />
    </div>
  );
}
