/**
 * A publisher is shown as a name ("人民日报", "Reuters"), never as what a page happened to put in its
 * metadata: a social-media URL in article:publisher, a "来源：… 编辑：…" byline, a date, or an editor's remark.
 * Returns the clean name, or null when nothing name-like is left.
 */
export function cleanPublisherName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (/^https?:\/\//i.test(name) || /^www\./i.test(name)) return null;
  name = name.replace(/^(?:来源|稿源|出处|source|publisher|published by)\s*[:：]\s*/i, "");
  // everything after a separator or a byline label is not the publisher
  name = name.split(/\s*[|｜丨]\s*|\s+[-–—]\s+|\s*(?:作者|编辑|责任编辑|记者|editor|by)\s*[:：]/i)[0];
  name = name.replace(/\s*[(（[【][^)）\]】]*[)）\]】]\s*$/, ""); // a trailing remark in brackets
  name = name.replace(/\s*\d{4}\s*[-/.年].*$/, ""); // a trailing date
  name = name.replace(/[\s,，;；:：.。]+$/, "").trim();
  if (name.length < 2 || name.length > 80 || /https?:|[<>{}]/.test(name)) return null;
  return name;
}
