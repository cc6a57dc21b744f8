/** English name with the Chinese beside it, the product's way of naming everything. */
export function BilingualName({ nameEn, nameZh, className = "" }: { nameEn: string; nameZh: string | null; className?: string }) {
  return (
    <span className={className}>
      {nameEn}
      {nameZh ? (
        <span lang="zh" className="ml-2 text-slate-500">
          {nameZh}
        </span>
      ) : null}
    </span>
  );
}
