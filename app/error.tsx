"use client";

/** Shown instead of any unexpected server error: a plain message, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-3" data-testid="error-page">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-slate-600">This page could not be shown just now. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700">
        Try again
      </button>
    </div>
  );
}
