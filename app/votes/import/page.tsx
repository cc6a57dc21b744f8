import { requirePageRole } from "@/app/_lib/page-guard";
import { VotesImportForm } from "./votes-import-form";

export const metadata = { title: "Import recorded votes" };
export const dynamic = "force-dynamic";

export default async function VotesImportPage() {
  await requirePageRole({ role: "editor", next: "/votes/import" });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">
        Import recorded votes{" "}
        <span lang="zh" className="text-lg font-normal text-slate-500">
          导入表决记录
        </span>
      </h1>
      <p className="text-sm text-slate-600">
        One row per country and resolution: <code>symbol,iso3,vote,source</code>, where the vote is <code>yes</code>, <code>no</code>, <code>abstain</code> or{" "}
        <code>non-voting</code> and the source is the URL of the record you read (the UN voting record or meeting coverage). The whole file is checked first: if any line is wrong,
        nothing is imported and every problem is listed with its line. A country&apos;s earlier vote on the same resolution is replaced.
      </p>
      <VotesImportForm />
    </div>
  );
}
