ALTER TABLE "employers" ADD COLUMN "status" text DEFAULT 'approved' NOT NULL;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "licence_sha256" text;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "licence_file_name" text;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "licence_content_type" text;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "licence_size" bigint;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "licence_uploaded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "employers_status_idx" ON "employers" USING btree ("status","created_at");