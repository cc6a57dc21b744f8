import { buildAppIfStale } from "@/scripts/lib/app-server-process";

/** The production build the fault suite serves (.next-test, shared with e2e): built once, before any test starts. */
export function setup() {
  buildAppIfStale({ distDir: process.env.NEXT_DIST_DIR ?? ".next-test", log: (line) => console.log(`[faults] ${line}`) });
}
