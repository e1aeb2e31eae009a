CREATE TABLE "employments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talent_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"arrival_date" date NOT NULL,
	"end_date" date,
	"decline_reason" text,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid
);
--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "status" text DEFAULT 'approved' NOT NULL;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "licence_sha256" text;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "licence_file_name" text;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "licence_content_type" text;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "licence_size" bigint;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "licence_uploaded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "employments_open_uq" ON "employments" USING btree ("talent_id") WHERE "employments"."status" in ('pending', 'confirmed');--> statement-breakpoint
CREATE INDEX "employments_employer_status_idx" ON "employments" USING btree ("employer_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "employments_talent_idx" ON "employments" USING btree ("talent_id","requested_at");--> statement-breakpoint
CREATE INDEX "employers_status_idx" ON "employers" USING btree ("status","created_at");