CREATE TABLE `article_bands` (
	`article_id` integer NOT NULL,
	`band` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_bands_band_idx` ON `article_bands` (`band`);--> statement-breakpoint
CREATE INDEX `article_bands_article_idx` ON `article_bands` (`article_id`);--> statement-breakpoint
CREATE TABLE `source_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`published_at` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`article_id` integer,
	`error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `watched_sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `source_items_source_url_unique` ON `source_items` (`source_id`,`url`);--> statement-breakpoint
CREATE INDEX `source_items_status_idx` ON `source_items` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `watched_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`kind` text NOT NULL,
	`language` text,
	`interval_minutes` integer DEFAULT 60 NOT NULL,
	`link_pattern` text,
	`allow_private` integer DEFAULT false NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_fetched_at` text,
	`last_status` text,
	`error` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`next_fetch_at` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `watched_sources_url_unique` ON `watched_sources` (`url`);--> statement-breakpoint
ALTER TABLE `articles` ADD `copy_of_id` integer REFERENCES articles(id) ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX `articles_copy_of_idx` ON `articles` (`copy_of_id`);