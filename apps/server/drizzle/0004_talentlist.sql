DROP INDEX "talents_name_idx";--> statement-breakpoint
ALTER TABLE "talents" ADD COLUMN "name_key" text;--> statement-breakpoint
CREATE INDEX "talents_name_key_idx" ON "talents" USING btree ("name_key","id");