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
CREATE TABLE "engagement_checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"day" date NOT NULL,
	"method" text NOT NULL,
	"status" text NOT NULL,
	"place" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "engagements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talent_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"days_per_year" smallint NOT NULL,
	"deliverables" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"partner_employer_id" uuid,
	"share_percent" smallint,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
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
ALTER TABLE "engagement_checkins" ADD CONSTRAINT "engagement_checkins_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_checkins" ADD CONSTRAINT "engagement_checkins_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_partner_employer_id_employers_id_fk" FOREIGN KEY ("partner_employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "employments_open_uq" ON "employments" USING btree ("talent_id") WHERE "employments"."status" in ('pending', 'confirmed');--> statement-breakpoint
CREATE INDEX "employments_employer_status_idx" ON "employments" USING btree ("employer_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "employments_talent_idx" ON "employments" USING btree ("talent_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_checkins_day_uq" ON "engagement_checkins" USING btree ("talent_id","day") WHERE "engagement_checkins"."status" <> 'declined';--> statement-breakpoint
CREATE INDEX "engagement_checkins_engagement_idx" ON "engagement_checkins" USING btree ("engagement_id","day");--> statement-breakpoint
CREATE INDEX "engagements_employer_idx" ON "engagements" USING btree ("employer_id","start_date");--> statement-breakpoint
CREATE INDEX "engagements_talent_idx" ON "engagements" USING btree ("talent_id","start_date");--> statement-breakpoint
CREATE INDEX "employers_status_idx" ON "employers" USING btree ("status","created_at");