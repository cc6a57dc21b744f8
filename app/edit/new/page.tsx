import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ENTITY_FORM_MESSAGES, pickClientMessages } from "@/app/_lib/client-messages";
import { ENTITY_KINDS, type EntityKind } from "@/db/schema";
import { requirePageRole } from "@/app/_lib/page-guard";
import { EntityForm } from "../_components/entity-form";
import { emptyFormValues } from "../_components/form-values";

export async function generateMetadata() {
  return { title: (await getTranslations())("edit.newTitle"), robots: { index: false } };
}

export default async function NewEntityPage(props: PageProps<"/edit/new">) {
  await requirePageRole({ role: "editor", next: "/edit/new" });
  const params = await props.searchParams;
  const kind = (ENTITY_KINDS as readonly string[]).includes(String(params.kind)) ? (params.kind as EntityKind) : "initiative";
  const t = await getTranslations();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("edit.newTitle")}</h1>
      <NextIntlClientProvider messages={pickClientMessages({ messages: await getMessages(), scope: ENTITY_FORM_MESSAGES })}>
        <EntityForm initial={emptyFormValues(kind)} />
      </NextIntlClientProvider>
    </div>
  );
}
