import { EntityIndexPage } from "@/app/_components/entity-index-page";

export const metadata = { title: "Initiatives" };

export default function Page(props: PageProps<"/initiatives">) {
  return <EntityIndexPage kind="initiative" searchParams={props.searchParams} />;
}
