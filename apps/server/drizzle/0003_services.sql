CREATE TABLE "service_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talent_id" uuid NOT NULL,
	"bundle" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_co_handlers" (
	"request_id" uuid NOT NULL,
	"department" text NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "service_co_handlers_pk" PRIMARY KEY("request_id","department")
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"category" text NOT NULL,
	"department" text NOT NULL,
	"form" jsonb NOT NULL,
	"evidence_ids" jsonb NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"owner_id" uuid,
	"submitted_on" date NOT NULL,
	"resolution_days" integer NOT NULL,
	"first_contact_due" date NOT NULL,
	"first_contact_on" date,
	"update_due" date NOT NULL,
	"resolution_due" date NOT NULL,
	"paused_working_days" integer DEFAULT 0 NOT NULL,
	"stopped_since" date,
	"stop_waiting_for" text,
	"stop_note" text,
	"stopped_by" uuid,
	"escalation" smallint DEFAULT 0 NOT NULL,
	"outcome" text,
	"answer" text,
	"rule" text,
	"redirected_to" text,
	"answered_on" date,
	"closed_on" date,
	"reopened_at" timestamp with time zone,
	"rating" smallint,
	"rated_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_steps" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"status" text NOT NULL,
	"actor_id" uuid,
	"note" text,
	"detail" jsonb
);
--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_co_handlers" ADD CONSTRAINT "service_co_handlers_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_steps" ADD CONSTRAINT "service_steps_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_requests_case_idx" ON "service_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "service_requests_talent_idx" ON "service_requests" USING btree ("talent_id");--> statement-breakpoint
CREATE INDEX "service_requests_open_idx" ON "service_requests" USING btree ("department","resolution_due") WHERE "service_requests"."closed_on" is null;--> statement-breakpoint
CREATE INDEX "service_steps_request_idx" ON "service_steps" USING btree ("request_id","seq");