import { EntityDetailPage } from "@/app/_components/entity-detail-page";

export default async function Page(props: PageProps<"/initiatives/[slug]">) {
  const { slug } = await props.params;
  return <EntityDetailPage kind="initiative" keyParam={slug} basePath="/initiatives" />;
}
