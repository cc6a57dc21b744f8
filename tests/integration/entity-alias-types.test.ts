import { afterAll, describe, expect, it } from "vitest";
import { snapshotEntity } from "@/db/queries/history";
import { entityInputFromForm, entityInputSchema } from "@/lib/entities/entity-form-schema";
import { createEntity, updateEntity } from "@/lib/entities/update-entity";
import { OPERATOR, runCommandSync } from "@/lib/write/run-command";
import { formDataOf } from "../helpers/form-data";
import { createTestDatabase } from "../helpers/test-database";

/**
 * The edit form has boxes for the aliases' text and language only. Saving it must not change what it does not
 * show: an alias kept from before keeps its type and whether the linker may match it ("中非" stays unlinked, or
 * every "中非合作" would link the Central African Republic).
 */
const database = createTestDatabase();
const { db } = database;
afterAll(() => database.remove());

describe("aliases saved through the edit form", () => {
  it("keep their type and linking; a new alias is an ordinary linked one", () => {
    const created = {
      kind: "organisation",
      slug: "central-example",
      nameEn: "Central Example",
      nameZh: "中非示例",
      aliases: [
        { alias: "中非", language: "zh", aliasType: "short", linkable: false },
        { alias: "CEX", language: null, aliasType: "abbreviation", linkable: true },
      ],
      sources: [],
    };
    const { id } = runCommandSync({
      db,
      actor: OPERATOR,
      role: "editor",
      schema: entityInputSchema,
      input: created,
      command: ({ tx, input, userId }) => createEntity({ tx, input, userId }),
    });
    const edited = entityInputFromForm({
      form: formDataOf({
        kind: "organisation",
        slug: "central-example",
        nameEn: "Central Example",
        nameZh: "中非示例",
        description: "now described",
        aliasesZh: "中非\n中非例",
        aliasesOther: "CEX",
        sources: "",
      }),
    });
    runCommandSync({ db, actor: OPERATOR, role: "editor", schema: entityInputSchema, input: edited, command: ({ tx, input, userId }) => updateEntity({ tx, id, input, userId }) });
    const after = snapshotEntity({ db, id })!;
    expect(after.description).toBe("now described");
    const byAlias = Object.fromEntries(after.aliases.map((a) => [a.alias, { aliasType: a.aliasType, linkable: a.linkable }]));
    expect(byAlias).toEqual({
      中非: { aliasType: "short", linkable: false },
      CEX: { aliasType: "abbreviation", linkable: true },
      中非例: { aliasType: "other", linkable: true },
    });
  });
});
