/** Private-use characters mark highlights, so the UI can render <mark> without injecting HTML. */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";
