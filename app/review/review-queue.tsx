"use client";
import Link from "@/app/_components/locale-link";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ReviewItem } from "@/db/queries/review";
import type { EntityKind } from "@/db/schema";
import { entityUrlKey } from "@/lib/urls/entity-url";

export type QueueItem = ReviewItem & { targetUrl: string | null };

const KINDS: EntityKind[] = ["event", "initiative", "resolution", "organisation", "country"];

async function send(body: unknown): Promise<{ ok: boolean; error?: string; accepted?: { mentions: number; events: number } }> {
  const res = await fetch("/api/review", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const json = await res.json().catch(() => ({}));
  return res.ok ? { ok: true, ...json } : { ok: false, error: json.error ?? `failed (${res.status})` };
}

function Evidence({ item }: { item: QueueItem }) {
  const { before, evidence, after } = item.context;
  const h = item.highlight;
  return (
    <p lang="zh" className="leading-relaxed text-slate-800" data-testid="review-evidence">
      <span className="text-slate-500">{before ? `…${before}` : ""}</span>
      {h ? (
        <>
          {evidence.slice(0, h.start)}
          <mark className="rounded-sm bg-amber-200 px-0.5">{evidence.slice(h.start, h.end)}</mark>
          {evidence.slice(h.end)}
        </>
      ) : (
        <span className="bg-amber-50">{evidence}</span>
      )}
      <span className="text-slate-500">{after ? `${after}…` : ""}</span>
    </p>
  );
}

function CorrectForm({ item, onDone }: { item: QueueItem; onDone: (body: Record<string, unknown>) => void }) {
  const t = useTranslations();
  const [kind, setKind] = useState<EntityKind>(item.target.kind);
  const [key, setKey] = useState("");
  const [date, setDate] = useState(item.date ?? "");
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-2 text-sm"
      data-testid="review-correct-form"
      onSubmit={(e) => {
        e.preventDefault();
        onDone({ target: key.trim() ? { kind, key: key.trim() } : null, date: item.type !== "mention" && date && date !== item.date ? date : null });
      }}
    >
      <select value={kind} onChange={(e) => setKind(e.target.value as EntityKind)} className="rounded border border-slate-300 px-2 py-1" aria-label={t("review.kind")}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}.one`)}
          </option>
        ))}
      </select>
      <input
        ref={inputRef}
        value={key}
        onChange={(e) => setKey(e.target.value)}
        maxLength={200}
        placeholder={t("review.correctTarget")}
        className="rounded border border-slate-300 px-2 py-1"
        data-testid="review-correct-target"
      />
      {item.type !== "mention" ? (
        <input
          value={date}
          onChange={(e) => setDate(e.target.value)}
          maxLength={10}
          placeholder="YYYY-MM-DD"
          className="w-32 rounded border border-slate-300 px-2 py-1"
          aria-label={t("entity.date")}
          data-testid="review-correct-date"
        />
      ) : null}
      <button type="submit" className="rounded bg-brand-600 px-3 py-1 text-white" data-testid="review-correct-submit">
        {t("review.saveCorrection")}
      </button>
    </form>
  );
}

/** The queue: one click (or key) per decision; decided items leave the list. */
export function ReviewQueue({ initialItems, total }: { initialItems: QueueItem[]; total: number }) {
  const t = useTranslations();
  const [items, setItems] = useState(initialItems);
  const [current, setCurrent] = useState(0);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [minConfidence, setMinConfidence] = useState(0.85);
  const refs = useRef(new Map<string, HTMLLIElement>());
  const keyOf = (i: QueueItem) => `${i.type}-${i.id}`;
  // decided items leave the list, so the cursor is clamped rather than stored past the end
  const active = Math.max(0, Math.min(current, items.length - 1));

  const decide = useCallback(
    async (item: QueueItem, action: "accept" | "reject" | "correct", extra: Record<string, unknown> = {}) => {
      const result = await send({ type: item.type, id: item.id, action, ...extra });
      if (!result.ok) {
        setMessage({ text: result.error ?? t("review.failed"), error: true });
        return;
      }
      setMessage({ text: t(`review.done.${action}`, { name: item.target.nameEn }) });
      setCorrecting(null);
      setItems((list) => list.filter((i) => keyOf(i) !== keyOf(item)));
    },
    [t],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement) return;
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      const item = items[active];
      if (e.key === "j") setCurrent(Math.min(active + 1, items.length - 1));
      else if (e.key === "k") setCurrent(Math.max(active - 1, 0));
      else if (item && e.key === "a") void decide(item, "accept");
      else if (item && e.key === "r") void decide(item, "reject");
      else if (item && e.key === "c" && item.type !== "relation") {
        e.preventDefault();
        setCorrecting(keyOf(item));
      } else return;
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [items, active, decide]);

  useEffect(() => {
    const item = items[active];
    if (item) refs.current.get(keyOf(item))?.scrollIntoView({ block: "nearest" });
  }, [active, items]);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span data-testid="review-count">{total > initialItems.length ? t("review.waitingOf", { count: items.length, total }) : t("review.waiting", { count: items.length })}</span>
        <label className="ml-auto flex items-center gap-2">
          {t("review.confidenceAtLeast")}
          <input
            type="number"
            min={0.5}
            max={1}
            step={0.05}
            value={minConfidence}
            onChange={(e) => setMinConfidence(Number(e.target.value))}
            className="w-20 rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <button
          type="button"
          className="rounded border border-brand-600 px-3 py-1 text-brand-700 hover:bg-brand-50"
          data-testid="review-bulk-accept"
          onClick={async () => {
            const result = await send({ action: "bulk-accept", minConfidence });
            if (!result.ok) return setMessage({ text: result.error ?? t("review.failed"), error: true });
            setMessage({ text: t("review.bulkDone", { links: result.accepted?.mentions ?? 0, events: result.accepted?.events ?? 0 }) });
            window.location.reload();
          }}
        >
          {t("review.bulkAccept")}
        </button>
      </div>
      {message ? (
        <p role="status" className={`text-sm ${message.error ? "text-red-700" : "text-green-700"}`} data-testid="review-message">
          {message.text}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="text-slate-500" data-testid="review-empty">
          {t("review.empty")}
        </p>
      ) : null}
      <ul className="space-y-2">
        {items.map((item, index) => (
          <li
            key={keyOf(item)}
            ref={(el) => {
              if (el) refs.current.set(keyOf(item), el);
              else refs.current.delete(keyOf(item));
            }}
            onClick={() => setCurrent(index)}
            className={`rounded-lg border bg-white p-3 ${index === active ? "border-brand-600 ring-2 ring-brand-100" : "border-slate-200"}`}
            data-testid="review-item"
            data-type={item.type}
            data-target-slug={entityUrlKey(item.target)}
            data-subject-slug={item.relation ? entityUrlKey(item.relation.subject) : undefined}
            data-current={index === active}
          >
            <div className="mb-1 flex flex-wrap items-baseline gap-x-3 text-sm">
              <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-600">{t(`review.types.${item.type}`)}</span>
              {item.relation ? (
                <span data-testid="review-relation">
                  <span className="font-medium">{item.relation.subject.nameEn}</span>{" "}
                  <span className="text-slate-600">— {t.has(`roles.outgoing.${item.relation.role}`) ? t(`roles.outgoing.${item.relation.role}`) : item.relation.role} →</span>
                </span>
              ) : null}
              <span className="font-medium" data-testid="review-target">
                {item.targetUrl ? (
                  <Link href={item.targetUrl} className="text-brand-700 hover:underline">
                    {item.target.nameEn}
                  </Link>
                ) : (
                  item.target.nameEn
                )}
                {item.target.nameZh ? (
                  <span lang="zh" className="ml-1 text-slate-500">
                    {item.target.nameZh}
                  </span>
                ) : null}
              </span>
              <span className="text-xs text-slate-500">
                {t(`kinds.${item.target.kind}.one`)}
                {item.target.status === "proposed" ? ` · ${t("review.newProposed")}` : ""}
              </span>
              {item.date ? <span className="text-xs text-slate-600">{t("review.date", { date: item.date })}</span> : null}
              {item.confidence !== null ? <span className="text-xs text-slate-500">{t("review.confidence", { value: item.confidence.toFixed(2) })}</span> : null}
              {item.article ? (
                <Link href={`/articles/${encodeURIComponent(item.article.slug)}`} className="ml-auto text-xs text-slate-500 hover:underline">
                  {item.article.title}
                </Link>
              ) : null}
            </div>
            <Evidence item={item} />
            {item.actors.length ? (
              <p className="mt-1 text-xs text-slate-600">
                {item.actors.map((a) => `${a.entity.nameEn} (${t.has(`roles.plain.${a.role}`) ? t(`roles.plain.${a.role}`) : a.role})`).join(" · ")}
              </p>
            ) : null}
            <div className="mt-2 flex gap-2 text-sm">
              <button type="button" onClick={() => void decide(item, "accept")} className="rounded bg-green-700 px-3 py-1 text-white" data-testid="review-accept">
                {t("review.accept")} <kbd className="opacity-70">a</kbd>
              </button>
              <button type="button" onClick={() => void decide(item, "reject")} className="rounded bg-red-700 px-3 py-1 text-white" data-testid="review-reject">
                {t("review.reject")} <kbd className="opacity-70">r</kbd>
              </button>
              {item.type !== "relation" ? (
                <button
                  type="button"
                  onClick={() => setCorrecting(correcting === keyOf(item) ? null : keyOf(item))}
                  className="rounded border border-slate-300 px-3 py-1"
                  data-testid="review-correct"
                >
                  {t("review.correct")} <kbd className="opacity-70">c</kbd>
                </button>
              ) : null}
            </div>
            {correcting === keyOf(item) ? <CorrectForm item={item} onDone={(extra) => void decide(item, "correct", extra)} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
