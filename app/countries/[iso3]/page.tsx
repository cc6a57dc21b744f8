import { EntityDetailPage } from "@/app/_components/entity-detail-page";

export default async function Page(props: PageProps<"/countries/[iso3]">) {
  const { iso3 } = await props.params;
  return <EntityDetailPage kind="country" keyParam={iso3} basePath="/countries" />;
}
