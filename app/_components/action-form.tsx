"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/http/form-state";

/** A small form around a server action that answers with a message or field errors. */
export function ActionForm({
  action,
  children,
  submitLabel,
  testId,
  className = "flex flex-wrap items-end gap-2",
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  children: React.ReactNode;
  submitLabel: string;
  testId: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const errors = Object.entries(state.fieldErrors ?? {});
  return (
    <form action={formAction} className="space-y-1" data-testid={testId}>
      <div className={className}>
        {children}
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white disabled:opacity-50" data-testid={`${testId}-submit`}>
          {submitLabel}
        </button>
      </div>
      {state.error || errors.length ? (
        <p role="alert" className="text-xs text-red-700" data-testid={`${testId}-error`}>
          {errors.length ? errors.map(([k, v]) => `${k}: ${v}`).join("; ") : state.error}
        </p>
      ) : null}
      {state.ok ? <p className="text-xs text-green-700">{state.ok}</p> : null}
    </form>
  );
}
