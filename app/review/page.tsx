import type { Metadata } from "next";
import { getDb } from "@/db";
import { listReviewQueue } from "@/db/queries/review";
import { requirePageRole } from "@/app/_lib/page-guard";
import { entityPath } from "@/lib/urls/entity-url";
import { NextIntlClientProvider } from "next-intl";
import { pickClientMessages, REVIEW_QUEUE_MESSAGES } from "@/app/_lib/client-messages";
import { getMessages, getTranslations } from "next-intl/server";
import { ReviewQueue, type QueueItem } from "./review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("nav.review"), robots: { index: false } };
}

export default async function ReviewPage() {
  await requirePageRole({ role: "editor", next: "/review" });
  const { items, total } = listReviewQueue({ db: getDb() });
  const queue: QueueItem[] = items.map((i) => ({ ...i, targetUrl: i.target.status === "confirmed" ? entityPath(i.target) : null }));
  const t = await getTranslations();
  const messages = await getMessages();
  const kbd = (chunks: React.ReactNode) => <kbd>{chunks}</kbd>;
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("review.title")}</h1>
        <p className="text-sm text-slate-600">{t.rich("review.intro", { kbd })}</p>
      </header>
      {/* the queue is a client component: it gets the sections of the catalogue it reads */}
      <NextIntlClientProvider messages={pickClientMessages({ messages, scope: REVIEW_QUEUE_MESSAGES })}>
        <ReviewQueue initialItems={queue} total={total} />
      </NextIntlClientProvider>
    </div>
  );
}
