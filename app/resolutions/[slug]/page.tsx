import { EntityDetailPage, entityMetadata } from "@/app/_components/entity-detail-page";

export async function generateMetadata(props: PageProps<"/resolutions/[slug]">) {
  return entityMetadata({ kind: "resolution", keyParam: (await props.params).slug });
}

export default async function Page(props: PageProps<"/resolutions/[slug]">) {
  const { slug } = await props.params;
  return <EntityDetailPage kind="resolution" keyParam={slug} basePath="/resolutions" />;
}
