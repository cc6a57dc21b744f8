import { EntityIndexPage } from "@/app/_components/entity-index-page";

export const metadata = { title: "Organisations" };

export default function Page(props: PageProps<"/organisations">) {
  return <EntityIndexPage kind="organisation" searchParams={props.searchParams} />;
}
