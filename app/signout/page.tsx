import type { Metadata } from "next";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Sign out", robots: { index: false } };

/** GET never signs out (a link or image on another site must not log editors out); the button posts. */
export default function SignOutPage() {
  return (
    <form action={signOutAction} className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Sign out</h1>
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-white" data-testid="signout-confirm">
        Sign out
      </button>
    </form>
  );
}
