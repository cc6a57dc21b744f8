import { EntityIndexPage } from "@/app/_components/entity-index-page";

export const metadata = { title: "Events" };

export default function Page(props: PageProps<"/events">) {
  return <EntityIndexPage kind="event" searchParams={props.searchParams} />;
}
