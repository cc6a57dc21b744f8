import { EntityDetailPage, entityMetadata } from "@/app/_components/entity-detail-page";

export async function generateMetadata(props: PageProps<"/initiatives/[slug]">) {
  return entityMetadata({ kind: "initiative", keyParam: (await props.params).slug });
}

export default async function Page(props: PageProps<"/initiatives/[slug]">) {
  const { slug } = await props.params;
  return <EntityDetailPage kind="initiative" keyParam={slug} basePath="/initiatives" />;
}
