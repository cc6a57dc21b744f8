import { getTranslations } from "next-intl/server";
import { EntityIndexPage } from "@/app/_components/entity-index-page";

export async function generateMetadata() {
  return { title: (await getTranslations())("kinds.initiative.other") };
}

export default function Page(props: PageProps<"/initiatives">) {
  return <EntityIndexPage kind="initiative" searchParams={props.searchParams} />;
}
