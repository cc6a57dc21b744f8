import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startMeili, type MeiliServer } from "@/lib/search/meili-process";

declare module "vitest" {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliMasterKey: string;
    meiliDataDir: string;
  }
}

let server: MeiliServer | undefined;
let dataDir: string | undefined;

/** Starts one Meilisearch for the test run (never the user's): free port, temp data dir, own master key. */
export async function setup(project: TestProject) {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-test-meili-"));
  server = await startMeili({ dataDir, log: () => {} });
  project.provide("meiliUrl", server.url);
  project.provide("meiliMasterKey", server.masterKey);
  project.provide("meiliDataDir", dataDir);
}

export async function teardown() {
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
