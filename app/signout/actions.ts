"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { revokeSession, SESSION_COOKIE } from "@/lib/auth/sessions";

/** Revokes the session on the server (a copied cookie stops working too), then clears it. */
export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) revokeSession({ db: getDb(), token });
  jar.delete(SESSION_COOKIE);
  redirect("/");
}
