/** The kinds the country table counts, one column each (shared by the table and its client-side rows). */
export const KIND_COLUMNS = ["organisation", "initiative", "resolution", "event"] as const;
