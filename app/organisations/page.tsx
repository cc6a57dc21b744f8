import { getTranslations } from "next-intl/server";
import { EntityIndexPage } from "@/app/_components/entity-index-page";

export async function generateMetadata() {
  return { title: (await getTranslations())("kinds.organisation.other") };
}

export default function Page(props: PageProps<"/organisations">) {
  return <EntityIndexPage kind="organisation" searchParams={props.searchParams} />;
}
