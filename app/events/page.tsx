import { getTranslations } from "next-intl/server";
import { EntityIndexPage } from "@/app/_components/entity-index-page";

export async function generateMetadata() {
  return { title: (await getTranslations())("kinds.event.other") };
}

export default function Page(props: PageProps<"/events">) {
  return <EntityIndexPage kind="event" searchParams={props.searchParams} />;
}
