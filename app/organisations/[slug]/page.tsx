import { EntityDetailPage, entityMetadata } from "@/app/_components/entity-detail-page";

export async function generateMetadata(props: PageProps<"/organisations/[slug]">) {
  return entityMetadata({ kind: "organisation", keyParam: (await props.params).slug });
}

export default async function Page(props: PageProps<"/organisations/[slug]">) {
  const { slug } = await props.params;
  return <EntityDetailPage kind="organisation" keyParam={slug} basePath="/organisations" />;
}
