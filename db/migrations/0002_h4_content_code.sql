CREATE TABLE `participation_lists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_id` integer NOT NULL,
	`role` text NOT NULL,
	`expected_total` integer,
	`as_of` text,
	`source_url` text,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "participation_lists_as_of_format" CHECK(as_of IS NULL OR as_of GLOB '[0-9][0-9][0-9][0-9]' OR as_of GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR as_of GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "participation_lists_total" CHECK(expected_total IS NULL OR expected_total >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participation_lists_entity_role_unique` ON `participation_lists` (`entity_id`,`role`);--> statement-breakpoint
CREATE TABLE `source_documents` (
	`url` text PRIMARY KEY NOT NULL,
	`quality` text NOT NULL,
	`title` text,
	`verified_at` text
);
--> statement-breakpoint
CREATE TABLE `votes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resolution_id` integer NOT NULL,
	`country_id` integer NOT NULL,
	`vote` text NOT NULL,
	`source_url` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`resolution_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`country_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `votes_resolution_country_unique` ON `votes` (`resolution_id`,`country_id`);--> statement-breakpoint
CREATE INDEX `votes_country_idx` ON `votes` (`country_id`);--> statement-breakpoint
ALTER TABLE `entities` ADD `name_zh_provenance` text;--> statement-breakpoint
ALTER TABLE `entities` ADD `description_zh` text;--> statement-breakpoint
ALTER TABLE `entities` ADD `description_zh_provenance` text;--> statement-breakpoint
ALTER TABLE `entities` ADD `document_url` text;--> statement-breakpoint
ALTER TABLE `entities` ADD `draft_symbol` text;--> statement-breakpoint
ALTER TABLE `entities` ADD `undl_url` text;