import type { UserRole } from "@/db/schema";

/** Roles are ordered: an admin can do everything an editor can. Anonymous readers have no role. */
const RANK: Record<UserRole, number> = { editor: 1, admin: 2 };

export function hasRole({ actual, required }: { actual: UserRole | null | undefined; required: UserRole }): boolean {
  return actual != null && RANK[actual] >= RANK[required];
}
