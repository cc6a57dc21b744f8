import { useTranslations } from "next-intl";
import Link from "@/app/_components/locale-link";

export default function NotFound() {
  const t = useTranslations();
  return (
    <div className="space-y-3" data-testid="not-found">
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="text-slate-600">{t("notFound.text")}</p>
      <p>
        <Link href="/search" className="text-brand-700 hover:underline">
          {t("notFound.search")}
        </Link>
      </p>
    </div>
  );
}
