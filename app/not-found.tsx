import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3" data-testid="not-found">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-slate-600">We have nothing at this address. It may have been merged, renamed or never existed.</p>
      <p>
        <Link href="/search" className="text-brand-700 hover:underline">Search Policy Atlas</Link>
      </p>
    </div>
  );
}
