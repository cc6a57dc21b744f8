import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";
import { AccountMenu } from "./_components/account-menu";

export const metadata: Metadata = {
  title: { default: "Policy Atlas", template: "%s · Policy Atlas" },
  description: "An open knowledge base of global AI-governance policy, in English and Chinese.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const NAV = [
  { href: "/search", label: "Search" },
  { href: "/timeline", label: "Timeline" },
  { href: "/countries", label: "Countries" },
  { href: "/initiatives", label: "Initiatives" },
  { href: "/resolutions", label: "Resolutions" },
  { href: "/organisations", label: "Organisations" },
  { href: "/articles", label: "Articles" },
];

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-semibold text-brand-900" data-testid="home-link">
              Policy Atlas <span lang="zh" className="text-sm font-normal text-slate-500">政策图谱</span>
            </Link>
            <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {NAV.map((item) => (
                <Link key={item.href} href={item.href} className="text-slate-700 hover:text-brand-600" data-testid={`nav-${item.label.toLowerCase()}`}>
                  {item.label}
                </Link>
              ))}
            </nav>
            <AccountMenu />
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
        <footer className="mx-auto max-w-6xl px-4 py-8 text-xs text-slate-500">
          Policy Atlas links AI-governance news to the initiatives, resolutions, countries, organisations and events it
          mentions, with the sentence that proves it. Facts carry their sources.{" "}
          <Link href="/about" className="text-slate-600 underline underline-offset-2 hover:text-brand-600" data-testid="about-link">
            About the data
          </Link>
        </footer>
      </body>
    </html>
  );
}
