-- SQLite fallback for search when Meilisearch is unreachable (lib/search/search-atlas.ts → db/queries/search-fallback.ts).
-- One FTS5 table with the trigram tokenizer: it matches any substring of 3+ characters, so Chinese (no spaces
-- between words) works, and LIKE '%x%' on its columns is served by the index. rowid = entity id * 2 for entities,
-- article id * 2 + 1 for articles. Triggers keep it in step with every write, whatever path made it, so the
-- fallback is current even while the engine (and so the outbox drainer) is down. Drizzle cannot declare virtual
-- tables, hence this hand-written migration; db/schema.ts is unchanged.
CREATE VIRTUAL TABLE search_fts USING fts5(names, body, tokenize = 'trigram remove_diacritics 1');
--> statement-breakpoint
CREATE TRIGGER search_fts_entities_insert AFTER INSERT ON entities BEGIN
  INSERT INTO search_fts(rowid, names, body) SELECT e.id * 2, e.name_en || ' ' || coalesce(e.name_zh, '') || ' ' || coalesce(e.symbol, '') || ' ' || coalesce(e.iso3, '') || ' ' || coalesce((SELECT group_concat(a.alias, ' ') FROM aliases a WHERE a.entity_id = e.id), ''), coalesce(e.description, '') FROM entities e WHERE e.id = NEW.id AND e.status = 'confirmed' AND e.deleted_at IS NULL AND e.merged_into_id IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER search_fts_entities_update AFTER UPDATE ON entities BEGIN
  DELETE FROM search_fts WHERE rowid = OLD.id * 2;
  INSERT INTO search_fts(rowid, names, body) SELECT e.id * 2, e.name_en || ' ' || coalesce(e.name_zh, '') || ' ' || coalesce(e.symbol, '') || ' ' || coalesce(e.iso3, '') || ' ' || coalesce((SELECT group_concat(a.alias, ' ') FROM aliases a WHERE a.entity_id = e.id), ''), coalesce(e.description, '') FROM entities e WHERE e.id = NEW.id AND e.status = 'confirmed' AND e.deleted_at IS NULL AND e.merged_into_id IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER search_fts_entities_delete AFTER DELETE ON entities BEGIN
  DELETE FROM search_fts WHERE rowid = OLD.id * 2;
END;
--> statement-breakpoint
CREATE TRIGGER search_fts_aliases_insert AFTER INSERT ON aliases BEGIN
  DELETE FROM search_fts WHERE rowid = NEW.entity_id * 2;
  INSERT INTO search_fts(rowid, names, body) SELECT e.id * 2, e.name_en || ' ' || coalesce(e.name_zh, '') || ' ' || coalesce(e.symbol, '') || ' ' || coalesce(e.iso3, '') || ' ' || coalesce((SELECT group_concat(a.alias, ' ') FROM aliases a WHERE a.entity_id = e.id), ''), coalesce(e.description, '') FROM entities e WHERE e.id = NEW.entity_id AND e.status = 'confirmed' AND e.deleted_at IS NULL AND e.merged_into_id IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER search_fts_aliases_delete AFTER DELETE ON aliases BEGIN
  DELETE FROM search_fts WHERE rowid = OLD.entity_id * 2;
  INSERT INTO search_fts(rowid, names, body) SELECT e.id * 2, e.name_en || ' ' || coalesce(e.name_zh, '') || ' ' || coalesce(e.symbol, '') || ' ' || coalesce(e.iso3, '') || ' ' || coalesce((SELECT group_concat(a.alias, ' ') FROM aliases a WHERE a.entity_id = e.id), ''), coalesce(e.description, '') FROM entities e WHERE e.id = OLD.entity_id AND e.status = 'confirmed' AND e.deleted_at IS NULL AND e.merged_into_id IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER search_fts_aliases_update AFTER UPDATE ON aliases BEGIN
  DELETE FROM search_fts WHERE rowid IN (OLD.entity_id * 2, NEW.entity_id * 2);
  INSERT INTO search_fts(rowid, names, body) SELECT e.id * 2, e.name_en || ' ' || coalesce(e.name_zh, '') || ' ' || coalesce(e.symbol, '') || ' ' || coalesce(e.iso3, '') || ' ' || coalesce((SELECT group_concat(a.alias, ' ') FROM aliases a WHERE a.entity_id = e.id), ''), coalesce(e.description, '') FROM entities e WHERE e.id = OLD.entity_id AND e.status = 'confirmed' AND e.deleted_at IS NULL AND e.merged_into_id IS NULL;
  INSERT INTO search_fts(rowid, names, body) SELECT e.id * 2, e.name_en || ' ' || coalesce(e.name_zh, '') || ' ' || coalesce(e.symbol, '') || ' ' || coalesce(e.iso3, '') || ' ' || coalesce((SELECT group_concat(a.alias, ' ') FROM aliases a WHERE a.entity_id = e.id), ''), coalesce(e.description, '') FROM entities e WHERE e.id = NEW.entity_id AND NEW.entity_id <> OLD.entity_id AND e.status = 'confirmed' AND e.deleted_at IS NULL AND e.merged_into_id IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER search_fts_articles_insert AFTER INSERT ON articles BEGIN
  INSERT INTO search_fts(rowid, names, body) SELECT a.id * 2 + 1, a.title || ' ' || coalesce(a.publisher, ''), a.body FROM articles a WHERE a.id = NEW.id AND a.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER search_fts_articles_update AFTER UPDATE ON articles BEGIN
  DELETE FROM search_fts WHERE rowid = OLD.id * 2 + 1;
  INSERT INTO search_fts(rowid, names, body) SELECT a.id * 2 + 1, a.title || ' ' || coalesce(a.publisher, ''), a.body FROM articles a WHERE a.id = NEW.id AND a.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER search_fts_articles_delete AFTER DELETE ON articles BEGIN
  DELETE FROM search_fts WHERE rowid = OLD.id * 2 + 1;
END;
--> statement-breakpoint
INSERT INTO search_fts(rowid, names, body) SELECT e.id * 2, e.name_en || ' ' || coalesce(e.name_zh, '') || ' ' || coalesce(e.symbol, '') || ' ' || coalesce(e.iso3, '') || ' ' || coalesce((SELECT group_concat(a.alias, ' ') FROM aliases a WHERE a.entity_id = e.id), ''), coalesce(e.description, '') FROM entities e WHERE e.status = 'confirmed' AND e.deleted_at IS NULL AND e.merged_into_id IS NULL;
--> statement-breakpoint
INSERT INTO search_fts(rowid, names, body) SELECT a.id * 2 + 1, a.title || ' ' || coalesce(a.publisher, ''), a.body FROM articles a WHERE a.deleted_at IS NULL;
