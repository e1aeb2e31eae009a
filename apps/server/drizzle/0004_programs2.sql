ALTER TABLE "program_applications" ADD COLUMN "basic_research" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "summary" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "budget_lines" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "evidence_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "formal_status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "formal_started_on" date DEFAULT current_date NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "formal_paused_working_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "formal_paused_since" date;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "return_note" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "eligibility" jsonb;