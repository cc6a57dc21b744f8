/** Marks Chinese text the atlas translated itself (not an official Chinese name or text). */
export function TranslatedMark() {
  return (
    <span
      className="ml-1.5 inline-block rounded border border-slate-300 px-1 align-middle text-[0.7rem] leading-4 text-slate-500"
      title="Translated by the atlas, not an official Chinese text"
      data-testid="translated-mark"
    >
      <span lang="zh" aria-hidden>
        译
      </span>
      <span className="sr-only">translated by the atlas</span>
      <span aria-hidden> translated</span>
    </span>
  );
}
