import { EntityDetailPage } from "@/app/_components/entity-detail-page";

export default async function Page(props: PageProps<"/events/[slug]">) {
  const { slug } = await props.params;
  return <EntityDetailPage kind="event" keyParam={slug} basePath="/events" />;
}
