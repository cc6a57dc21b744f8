import type { SourceQuality } from "@/lib/vocabulary/atlas-terms";

/**
 * Quality of a source URL when no reviewed record says otherwise, by its host. A host matches its own rule
 * and every subdomain ("www.un.org", "news.un.org" → un.org). Order matters: the first matching rule wins.
 *
 * - primary: the instrument itself or its official depositary/host (UN documents, treaty offices, the
 *   bodies that adopt AI instruments).
 * - official: statements of governments and intergovernmental bodies (any *.gov / *.gov.xx / *.gouv.fr host,
 *   foreign ministries, state news portals of governments).
 * - news: news agencies and newspapers.
 * - secondary: everything else (analysis, aggregators, blogs, mirrors).
 */
export const SOURCE_HOST_RULES: readonly { hosts: readonly string[]; quality: SourceQuality }[] = [
  {
    quality: "primary",
    hosts: [
      "undocs.org",
      "documents.un.org",
      "digitallibrary.un.org",
      "treaties.un.org",
      "un.org",
      "coe.int",
      "oecd.org",
      "oecd.ai",
      "legalinstruments.oecd.org",
      "unesco.org",
      "itu.int",
      "gpai.ai",
      "eur-lex.europa.eu",
      "federalregister.gov",
      "au.int",
      "asean.org",
      "brics.br",
    ],
  },
  {
    quality: "official",
    hosts: [
      "gov.uk",
      "whitehouse.gov",
      "state.gov",
      "elysee.fr",
      "gouvernement.fr",
      "diplomatie.gouv.fr",
      "fmprc.gov.cn",
      "mfa.gov.cn",
      "gov.cn",
      "cac.gov.cn",
      "china-un.org",
      "mofa.go.jp",
      "kantei.go.jp",
      "mofa.go.kr",
      "msit.go.kr",
      "korea.kr",
      "europa.eu",
      "consilium.europa.eu",
      "g7germany.de",
      "g20.org",
      "mea.gov.in",
      "canada.ca",
      "government.nl",
      "gov.br",
      "mcit.gov.eg",
      "gov.sg",
      "imda.gov.sg",
    ],
  },
  {
    quality: "news",
    hosts: [
      "xinhuanet.com",
      "news.cn",
      "people.com.cn",
      "chinadaily.com.cn",
      "cgtn.com",
      "globaltimes.cn",
      "reuters.com",
      "apnews.com",
      "bbc.co.uk",
      "bbc.com",
      "theguardian.com",
      "nytimes.com",
      "washingtonpost.com",
      "ft.com",
      "politico.eu",
      "politico.com",
      "euronews.com",
      "france24.com",
      "aljazeera.com",
      "scmp.com",
      "japantimes.co.jp",
      "koreaherald.com",
      "koreatimes.co.kr",
      "yna.co.kr",
      "ahram.org.eg",
      "teletica.com",
      "lusakatimes.com",
      "znbc.co.zm",
    ],
  },
];

/** Government hosts by pattern: *.gov, *.gov.xx, *.gouv.xx, *.go.xx, *.gob.xx, *.govt.xx. */
const GOVERNMENT_HOST = /(^|\.)(gov|gouv|gob|govt|go)(\.[a-z]{2})?$/;

function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== "http:" && protocol !== "https:") return null;
    return hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return null;
  }
}

const matches = (host: string, rule: string) => host === rule || host.endsWith(`.${rule}`);

/** The quality of a source by its URL's host (see SOURCE_HOST_RULES). Not a web URL → secondary. */
export function classifySource({ url }: { url: string }): SourceQuality {
  const host = hostOf(url);
  if (!host) return "secondary";
  for (const rule of SOURCE_HOST_RULES) if (rule.hosts.some((h) => matches(host, h))) return rule.quality;
  if (GOVERNMENT_HOST.test(host)) return "official";
  return "secondary";
}

/** primary and official sources are the ones a researcher can cite as the record itself. */
export function isAuthoritative(quality: SourceQuality): boolean {
  return quality === "primary" || quality === "official";
}
