import type { AbstractIntlMessages } from "next-intl";

/**
 * What of the message catalogue reaches client components (the catalogue would otherwise ride on every page).
 * tests/unit/client-messages.test.ts reads the client components and fails when one asks for a message that
 * is not passed here: a missing one shows as MISSING_MESSAGE only in the browser.
 */
export type ClientMessageScope = { namespaces: readonly string[]; keys?: Readonly<Record<string, readonly string[]>> };

/** The root layout's provider: catalogue sections read by client components (search view, comboboxes, density strip, error page…). */
export const LAYOUT_CLIENT_MESSAGES = {
  namespaces: ["search", "searchBox", "filters", "density", "content", "error", "options", "timelineKinds", "roles", "kinds", "participation", "why", "review"],
  // single messages of other sections (timeline entries, map, country table)
  keys: {
    timeline: ["countries", "organisations", "initiatives", "resolutions", "incompleteList", "evidence", "noEvidence"],
    common: ["listSeparator", "andMore"],
    map: ["list"],
    table: ["compareOne"],
    compare: ["entityColumn", "incomplete", "incompleteTitle"],
    entity: ["date", "quality"],
    country: ["noSource", "sourceLabel", "sourceOfEntity"],
  },
} as const satisfies ClientMessageScope;

/** The review page's own provider around the queue (a nested provider replaces the layout's messages). */
export const REVIEW_QUEUE_MESSAGES = { namespaces: ["review", "kinds", "roles", "entity"] } as const satisfies ClientMessageScope;

/** The edit pages' own provider around the entity form. */
export const ENTITY_FORM_MESSAGES = { namespaces: ["entityForm", "kinds"] } as const satisfies ClientMessageScope;

/** The article page's own provider around the "why" popovers. */
export const WHY_POPOVER_MESSAGES = { namespaces: ["why"] } as const satisfies ClientMessageScope;

/** The part of the catalogue a scope names. */
export function pickClientMessages({ messages, scope }: { messages: AbstractIntlMessages; scope: ClientMessageScope }): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const n of scope.namespaces) if (messages[n] !== undefined) picked[n] = messages[n];
  for (const [n, keys] of Object.entries(scope.keys ?? {})) {
    const section = messages[n];
    if (section === undefined || typeof section === "string") continue;
    picked[n] = Object.fromEntries(keys.filter((k) => section[k] !== undefined).map((k) => [k, section[k]]));
  }
  return picked;
}
