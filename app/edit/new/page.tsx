import type { Metadata } from "next";
import { ENTITY_KINDS, type EntityKind } from "@/db/schema";
import { requirePageRole } from "@/app/_lib/page-guard";
import { EntityForm } from "../_components/entity-form";
import { emptyFormValues } from "../_components/form-values";

export const metadata: Metadata = { title: "New entity", robots: { index: false } };

export default async function NewEntityPage(props: PageProps<"/edit/new">) {
  await requirePageRole({ role: "editor", next: "/edit/new" });
  const params = await props.searchParams;
  const kind = (ENTITY_KINDS as readonly string[]).includes(String(params.kind)) ? (params.kind as EntityKind) : "initiative";
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">New entity</h1>
      <EntityForm initial={emptyFormValues(kind)} />
    </div>
  );
}
