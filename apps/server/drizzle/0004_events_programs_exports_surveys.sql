CREATE TABLE "event_attendance" (
	"ticket_id" text PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"device_id" text NOT NULL,
	"scanned_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"event_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"holder" text NOT NULL,
	"status" text NOT NULL,
	"offer_expires_at" timestamp with time zone,
	"registered_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "event_scans" (
	"ticket_id" text NOT NULL,
	"device_id" text NOT NULL,
	"scanned_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_scans_ticket_id_device_id_scanned_at_pk" PRIMARY KEY("ticket_id","device_id","scanned_at")
);
--> statement-breakpoint
CREATE TABLE "event_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"taken" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "event_sessions_taken_ck" CHECK ("event_sessions"."taken" >= 0 and "event_sessions"."taken" <= "event_sessions"."capacity")
);
--> statement-breakpoint
CREATE TABLE "event_tickets" (
	"id" text PRIMARY KEY NOT NULL,
	"registration_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"token" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "event_tickets_registration_id_unique" UNIQUE("registration_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"venue" text NOT NULL,
	"audience" text NOT NULL,
	"policy_id" text,
	"approval_required" boolean NOT NULL,
	"waitlist" boolean NOT NULL,
	"offer_hours" integer NOT NULL,
	"registration_closes_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "events_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "talent_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"params" jsonb NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"file_name" text,
	"file" "bytea",
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "talents_name_idx";--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "basic_research" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "summary" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "budget_lines" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "evidence_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "formal_status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "formal_started_on" date DEFAULT current_date NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "formal_paused_working_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "formal_paused_since" date;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "return_note" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "eligibility" jsonb;--> statement-breakpoint
ALTER TABLE "demand_surveys" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "demand_surveys" ADD COLUMN "closed_by" uuid;--> statement-breakpoint
ALTER TABLE "talents" ADD COLUMN "name_key" text;--> statement-breakpoint
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_ticket_id_event_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."event_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_session_id_event_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."event_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_scans" ADD CONSTRAINT "event_scans_ticket_id_event_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."event_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_tickets" ADD CONSTRAINT "event_tickets_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_attendance_session_idx" ON "event_attendance" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_alive_uq" ON "event_registrations" USING btree ("session_id","talent_id") WHERE "event_registrations"."status" in ('pending', 'confirmed', 'waitlisted', 'offered');--> statement-breakpoint
CREATE INDEX "event_registrations_talent_idx" ON "event_registrations" USING btree ("talent_id");--> statement-breakpoint
CREATE INDEX "event_registrations_waitlist_idx" ON "event_registrations" USING btree ("session_id","status","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "event_sessions_code_uq" ON "event_sessions" USING btree ("event_id","code");--> statement-breakpoint
CREATE INDEX "event_tickets_event_idx" ON "event_tickets" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "talent_exports_created_by_idx" ON "talent_exports" USING btree ("created_by","created_at");--> statement-breakpoint
CREATE INDEX "talents_name_key_idx" ON "talents" USING btree ("name_key","id");