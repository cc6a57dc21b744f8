import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveDatabasePath, resolveDataDir } from "./paths";

describe("data paths", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  it("puts the database under DATA_DIR unless DATABASE_PATH is set", () => {
    process.env.DATA_DIR = "/tmp/x";
    delete process.env.DATABASE_PATH;
    expect(resolveDataDir()).toBe("/tmp/x");
    expect(resolveDatabasePath()).toBe(path.join("/tmp/x", "atlas.sqlite"));
    process.env.DATABASE_PATH = "/tmp/y.sqlite";
    expect(resolveDatabasePath()).toBe("/tmp/y.sqlite");
  });
});
