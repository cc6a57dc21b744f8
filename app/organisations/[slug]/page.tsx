import { EntityDetailPage } from "@/app/_components/entity-detail-page";

export default async function Page(props: PageProps<"/organisations/[slug]">) {
  const { slug } = await props.params;
  return <EntityDetailPage kind="organisation" keyParam={slug} basePath="/organisations" />;
}
