/** The visible mark on English text shown in place of a missing Chinese translation. */
export function EnglishOnlyMark({ label }: { label: string }) {
  return (
    <span className="ml-1.5 rounded border border-slate-300 px-1 align-middle text-[0.7em] font-normal text-slate-500" data-testid="english-only">
      {label}
    </span>
  );
}
