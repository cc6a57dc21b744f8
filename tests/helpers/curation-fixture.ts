import { afterAll, beforeAll } from "vitest";
import type { AtlasDatabase } from "@/db/open";
import type { EntityKind, UserRole } from "@/db/schema";
import { saveEntity } from "@/lib/seed/save-entity";
import { createUser, useDatabaseForRoutes } from "../integration/auth-helpers";
import { createTestDatabase, useTestSearchIndex } from "./test-database";

type TestUser = Awaited<ReturnType<typeof createUser>>;

/** A confirmed entity with no aliases or sources unless given; its name defaults to the slug in capitals. */
export function seedEntity({ db, kind, slug, ...extra }: { db: AtlasDatabase; kind: EntityKind; slug: string } & Record<string, unknown>): number {
  return db.transaction((tx) => saveEntity({ tx, input: { kind, slug, nameEn: slug.toUpperCase(), nameZh: null, aliases: [], sources: [], ...extra } })).id;
}

/**
 * The setup the curation and permission tests share: a fresh migrated database for the test file (removed
 * after it), signed-in accounts by name, optionally the database the route handlers read and a search index
 * of the file's own. `users` and anything `seed` returns are filled in before the first test runs.
 */
export function setUpCurationFixture<U extends string, S extends Record<string, number> = Record<string, never>>({
  users,
  routes = false,
  searchIndex,
  seed,
}: {
  users: Record<U, { email: string; role: UserRole }>;
  /** point the route handlers' database at this one (db/index.ts reads a global) */
  routes?: boolean;
  /** a search index named after the file (useTestSearchIndex) */
  searchIndex?: string;
  seed?: (db: AtlasDatabase) => S | Promise<S>;
}): { db: AtlasDatabase; users: Record<U, TestUser>; ids: S } {
  const database = createTestDatabase();
  const fixture = { db: database.db, users: {} as Record<U, TestUser>, ids: {} as S };
  beforeAll(async () => {
    if (searchIndex) useTestSearchIndex(searchIndex);
    if (routes) useDatabaseForRoutes(database.db);
    for (const [name, user] of Object.entries(users) as [U, { email: string; role: UserRole }][]) fixture.users[name] = await createUser({ db: database.db, ...user });
    if (seed) Object.assign(fixture.ids, await seed(database.db));
  });
  afterAll(() => database.remove());
  return fixture;
}
