ALTER TABLE `mentions` ADD `why` text;--> statement-breakpoint
ALTER TABLE `relations` ADD `evidence_start` integer;--> statement-breakpoint
ALTER TABLE `relations` ADD `span_start` integer;--> statement-breakpoint
ALTER TABLE `relations` ADD `span_end` integer;--> statement-breakpoint
ALTER TABLE `relations` ADD `why` text;