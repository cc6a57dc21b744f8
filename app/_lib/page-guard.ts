import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { SessionUser } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";
import { safeNextPath } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/require-role";

/**
 * For pages and server actions: the signed-in user with at least `role`, or a redirect to /signin
 * (anonymous) or to /signin with a "forbidden" notice (role too low).
 */
export async function requirePageRole({ role, next }: { role: UserRole; next: string }): Promise<SessionUser> {
  const result = await requireRole({ cookies: await cookies(), role });
  if (result.ok) return result.user;
  const params = new URLSearchParams({ next: safeNextPath(next) });
  if (result.status === 403) params.set("error", "forbidden");
  redirect(`/signin?${params}`);
}
