import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The floors (README, "Architecture"): app/ → lib/ → db/. Each folder may import only the floors below it,
 * so these rules keep the layering from eroding. Tests may reach anything.
 */
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

/**
 * Leaf helpers of lib/ that db/ may use: constants, types, date arithmetic and pure functions, plus private-files
 * (the file modes db/open.ts gives the database), and the closed vocabularies db/schema.ts builds its columns from;
 * none imports anything of db/. They live in folders of leaves only, so no capability folder that sits on db/ is
 * also under it.
 */
const DB_LEAF_HELPERS = [
  "@/lib/vocabulary/atlas-terms",
  "@/lib/config/paths",
  "@/lib/config/private-files",
  "@/lib/dates/partial-date",
  "@/lib/timeline-query/timeline-item",
  "@/lib/timeline-query/month-density",
  "@/lib/timeline-query/timeline-filters",
  "@/lib/search-settings/index-settings",
  "@/lib/participation/participation-roles",
  "@/lib/participation/completeness",
  "@/lib/source-quality/classify-source",
];

/** The folders those leaves live in (leaves only). */
const DB_LEAF_FOLDERS = [...new Set(DB_LEAF_HELPERS.map((p) => p.split("/")[2]))];

const noTests = { group: ["@/tests/*", "**/tests/*", "../tests/*", "../../tests/*"], message: "product code must not import test helpers (tests/)" };
const noApp = { group: ["@/app/*", "**/app/*"], message: "lib/ is below app/: move the shared code into lib/" };
const noHttp = {
  paths: [
    { name: "next/server", message: "HTTP types stay in app/ (app/_lib/ has the JSON and auth responses)" },
    { name: "next/headers", message: "request headers and cookies are read in app/ and passed down" },
    { name: "next/navigation", message: "redirects and notFound belong to app/ (pages, actions)" },
    { name: "next/cache", message: "revalidation belongs to app/ (server actions)" },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Playwright fixtures call their callback `use`; that is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // db/ is the ground floor: schema, migrations, reads. It imports nothing from lib/ but pure leaf helpers.
    files: ["db/**/*.ts"],
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^@/lib/(?!(${DB_LEAF_HELPERS.map((p) => p.slice("@/lib/".length)).join("|")})$)`,
              message: "db/ is the ground floor: it may import only the pure leaf helpers listed in eslint.config.mjs; move the logic up into lib/",
            },
            { group: ["@/app/*"], message: "db/ must not import app/" },
            noTests,
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", { ...noHttp, patterns: [noApp, noTests] }] },
  },
  {
    // the leaves db/ may use stand on the ground themselves: they import other such leaves, and nothing of db/
    files: DB_LEAF_FOLDERS.map((f) => `lib/${f}/**/*.ts`),
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...noHttp,
          patterns: [
            noApp,
            noTests,
            { regex: `^@/lib/(?!(${DB_LEAF_FOLDERS.join("|")})/)`, message: "a leaf db/ uses imports only other such leaves: move the shared part into a leaf folder" },
            { regex: "^(@/|(\\.\\./)+)db(/|$)", message: "a leaf db/ uses imports nothing of db/: the vocabularies are in lib/vocabulary/atlas-terms" },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.ts"],
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", { patterns: [noTests] }] },
  },
  { ignores: [".next/**", ".next-*/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];
export default config;
