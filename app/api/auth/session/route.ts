import { NextResponse } from "next/server";
import { requireRole } from "@/lib/auth/require-role";

/** GET: who am I? 401 when not signed in. */
export async function GET(request: Request) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok && auth.status === 401) return NextResponse.json({ user: null }, { status: 401 });
  return NextResponse.json({ user: auth.ok ? auth.user : null });
}
