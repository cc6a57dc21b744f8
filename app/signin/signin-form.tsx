"use client";
import { useActionState } from "react";
import { signInAction, type SignInState } from "./actions";

/** The sign-in form; its words come from the server page in the page's language. */
export function SignInForm({ next, labels }: { next: string; labels: { email: string; password: string; submit: string; pending: string } }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" data-testid="signin-form">
      <input type="hidden" name="next" value={next} />
      <label className="block text-sm">
        <span className="text-slate-700">{labels.email}</span>
        <input
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="username"
          defaultValue={state.email}
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
          data-testid="signin-email"
        />
      </label>
      <label className="block text-sm">
        <span className="text-slate-700">{labels.password}</span>
        <input
          name="password"
          type="password"
          required
          maxLength={256}
          autoComplete="current-password"
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
          data-testid="signin-password"
        />
      </label>
      {state.error ? (
        <p role="alert" className="text-sm text-red-700" data-testid="signin-error">
          {state.error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-50" data-testid="signin-submit">
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
