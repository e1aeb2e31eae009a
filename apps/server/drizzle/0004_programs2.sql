ALTER TABLE "program_applications" ADD COLUMN "basic_research" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "eligibility" jsonb;