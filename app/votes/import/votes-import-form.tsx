"use client";
import { useActionState } from "react";
import { importVotesAction, type VoteImportState } from "./actions";

const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none";

export function VotesImportForm() {
  const [state, action, pending] = useActionState<VoteImportState, FormData>(importVotesAction, {});
  return (
    <form action={action} className="space-y-4" data-testid="votes-import-form">
      <label className="block text-sm">
        <span className="text-slate-700">CSV file</span>
        <input name="file" type="file" accept=".csv,text/csv,text/plain" className={input} data-testid="votes-import-file" />
      </label>
      <label className="block text-sm">
        <span className="text-slate-700">or paste the rows</span>
        <textarea name="text" rows={8} className={`${input} font-mono`} placeholder={"symbol,iso3,vote,source\nA/RES/79/62,USA,yes,https://…"} data-testid="votes-import-text" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm text-white disabled:opacity-50" data-testid="votes-import-submit">
        Import votes
      </button>
      {state.ok ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm" data-testid="votes-import-result">
          {state.ok}
        </p>
      ) : null}
      {state.error ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="votes-import-error">
          <p>{state.error}</p>
          {state.problems?.length ? (
            <ul className="mt-2 list-disc pl-5 font-mono text-xs">
              {state.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
