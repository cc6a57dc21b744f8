export { buildGazetteer, addToGazetteer, matchTrie, type Gazetteer } from "./gazetteer";
export { splitSentences, sentenceAt } from "./sentences";
export { findMentions } from "./find-mentions";
export { resolveDates, datesOverlap } from "./resolve-dates";
export { proposeEvents } from "./propose-events";
export { findProposedInitiatives } from "./find-proposed-initiatives";
export { linkArticle, type ArticleLinks } from "./link-article";
export type * from "./types";
