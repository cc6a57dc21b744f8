import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MeiliStartError, startMeili } from "@/lib/search/meili-process";

const dirs: string[] = [];
const savedBin = process.env.MEILI_BIN;
afterEach(() => {
  if (savedBin === undefined) delete process.env.MEILI_BIN;
  else process.env.MEILI_BIN = savedBin;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("startMeili when the binary exits at once", () => {
  it("tries a second free port, then fails with the binary's own last words", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-meili-start-"));
    dirs.push(dir);
    const fake = path.join(dir, "fake-meilisearch.sh");
    fs.writeFileSync(fake, '#!/bin/sh\necho "Error: Address already in use (os error 98)" >&2\nexit 1\n', { mode: 0o755 });
    process.env.MEILI_BIN = fake;
    const failure = await startMeili({ dataDir: dir, log: () => {} }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MeiliStartError);
    expect((failure as Error).message).toContain("Address already in use (os error 98)");
    const attempts = fs.readFileSync(path.join(dir, "meili.log"), "utf8").trim().split("\n");
    expect(attempts).toHaveLength(2);
  });
});

describe("startMeili failing on a permission error", () => {
  it.each([
    ["its data directory is not writable", '#!/bin/sh\necho "Error: Permission denied (os error 13)" >&2\nexit 1\n', 0o755],
    ["the binary cannot be executed", "not a program\n", 0o644],
  ])("says to fix permissions, not to reinstall, when %s", async (_case, script, mode) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-meili-perm-"));
    dirs.push(dir);
    const fake = path.join(dir, "fake-meilisearch");
    fs.writeFileSync(fake, script, { mode });
    process.env.MEILI_BIN = fake;
    const failure = (await startMeili({ dataDir: dir, log: () => {} }).then(
      () => null,
      (error: unknown) => error,
    )) as Error;
    expect(failure).toBeInstanceOf(MeiliStartError);
    expect(failure.message).toMatch(/permission/i);
    expect(failure.message).not.toMatch(/npm install/);
  });
});

describe("startMeili with a master key that starts with a dash", () => {
  it("starts (base64url keys begin with '-' one time in 64)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-meili-dash-"));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, "meili-master-key"), "-wDashFirstKeyForTheTest0123456789abcdefghij\n", { mode: 0o600 });
    const server = await startMeili({ dataDir: dir, log: () => {} });
    try {
      const health = await fetch(`${server.url}/keys`, { headers: { authorization: `Bearer ${server.masterKey}` } });
      expect(server.masterKey.startsWith("-w")).toBe(true);
      expect(health.status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
