import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search/highlight-marks";

/** Renders engine highlights as <mark> elements; the text itself is always escaped by React. */
export function HighlightedText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  // Adjacent matches (之友 + 小组, segmented by the engine) read as one.
  let rest = text.replaceAll(HIGHLIGHT_END + HIGHLIGHT_START, "");
  let key = 0;
  while (rest.length) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) {
      parts.push(rest);
      break;
    }
    const end = rest.indexOf(HIGHLIGHT_END, start);
    parts.push(rest.slice(0, start));
    const marked = rest.slice(start + 1, end === -1 ? undefined : end);
    parts.push(<mark key={key++}>{marked}</mark>);
    rest = end === -1 ? "" : rest.slice(end + 1);
  }
  return <>{parts}</>;
}
