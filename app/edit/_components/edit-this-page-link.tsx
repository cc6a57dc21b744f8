"use client";
import Link from "@/app/_components/locale-link";
import { usePathname } from "next/navigation";
import { kindOfSection } from "@/lib/urls/entity-url";
import { splitLocalePath } from "@/lib/i18n/locales";

/**
 * On an entity page, the signed-in editor's Edit and History links (rendered only inside the account menu,
 * which passes their words in the page's language).
 */
export function EditThisPageLink({ labels }: { labels: { edit: string; history: string } }) {
  const match = /^\/([a-z]+)\/([^/]+)$/.exec(splitLocalePath(usePathname() ?? "").path);
  const kind = match ? kindOfSection(match[1]) : undefined;
  if (!match || !kind) return null;
  return (
    <>
      <Link href={`/edit/${kind}/${match[2]}`} className="rounded bg-brand-600 px-2 py-0.5 text-white hover:bg-brand-700" data-testid="edit-entity-link">
        {labels.edit}
      </Link>
      <Link href={`/history/${kind}/${match[2]}`} className="text-brand-700 hover:underline" data-testid="history-link">
        {labels.history}
      </Link>
    </>
  );
}
