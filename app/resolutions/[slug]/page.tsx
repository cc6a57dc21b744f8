import { EntityDetailPage } from "@/app/_components/entity-detail-page";

export default async function Page(props: PageProps<"/resolutions/[slug]">) {
  const { slug } = await props.params;
  return <EntityDetailPage kind="resolution" keyParam={slug} basePath="/resolutions" />;
}
