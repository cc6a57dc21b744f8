import { getTranslations } from "next-intl/server";
import { EntityIndexPage } from "@/app/_components/entity-index-page";

export async function generateMetadata() {
  return { title: (await getTranslations())("kinds.resolution.other") };
}

export default function Page(props: PageProps<"/resolutions">) {
  return <EntityIndexPage kind="resolution" searchParams={props.searchParams} />;
}
