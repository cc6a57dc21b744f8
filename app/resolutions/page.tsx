import { EntityIndexPage } from "@/app/_components/entity-index-page";

export const metadata = { title: "Resolutions" };

export default function Page(props: PageProps<"/resolutions">) {
  return <EntityIndexPage kind="resolution" searchParams={props.searchParams} />;
}
