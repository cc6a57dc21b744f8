import "server-only";
import { getDb } from "@/db";
import type { AtlasDatabase } from "@/db/open";
import type { UserRole } from "@/db/schema";
import { requirePageRole } from "@/app/_lib/page-guard";
import type { FormState } from "@/lib/http/form-state";
import type { WriteActor } from "@/lib/write/run-command";
import { refusalOf } from "@/lib/errors/write-refusal";

/**
 * The one adapter for server actions that write: the page guard (anonymous → /signin, role too low →
 * /signin?error=forbidden; Next refuses cross-origin action posts) → `handle`, which calls the write path
 * (lib/write/run-command.ts) → a refusal becomes the form's state (message, errors per field). Anything else
 * (including Next's redirect, thrown by `redirect()`) propagates.
 */
export async function actionWrite<TState = FormState>({
  role = "editor",
  next,
  handle,
}: {
  role?: UserRole;
  next: string;
  handle: (args: { db: AtlasDatabase; actor: WriteActor }) => Promise<TState>;
}): Promise<TState | FormState> {
  const user = await requirePageRole({ role, next });
  try {
    return await handle({ db: getDb(), actor: { userId: user.id, role: user.role } });
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    if (refusal.invalidInput) return { error: "Please fix the highlighted fields.", fieldErrors: refusal.fieldErrors, current: refusal.details };
    return { error: refusal.message, fieldErrors: refusal.fieldErrors, current: refusal.details };
  }
}
