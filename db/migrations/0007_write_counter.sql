CREATE TABLE `write_counter` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "write_counter_one_row" CHECK("write_counter"."id" = 1)
);
--> statement-breakpoint
INSERT INTO `write_counter` (`id`, `version`) VALUES (1, 0);