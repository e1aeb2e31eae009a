ALTER TABLE "program_applications" ADD COLUMN "award" jsonb;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "funding" jsonb;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "award_notice" jsonb;