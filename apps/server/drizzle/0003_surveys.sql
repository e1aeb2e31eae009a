CREATE TABLE "demand_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"chain" text NOT NULL,
	"sub_field" text NOT NULL,
	"title" text NOT NULL,
	"headcount" integer NOT NULL,
	"min_degree" text,
	"salary_min" integer NOT NULL,
	"salary_max" integer NOT NULL,
	"district" text NOT NULL,
	"engagement_mode" text NOT NULL,
	"source" text NOT NULL,
	"line" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"period" text NOT NULL,
	"chains" text[] NOT NULL,
	"deadline" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_reminded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "survey_recipients" (
	"survey_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"chain" text NOT NULL,
	"district" text NOT NULL,
	"answered_at" timestamp with time zone,
	"source" text,
	CONSTRAINT "survey_recipients_survey_id_employer_id_pk" PRIMARY KEY("survey_id","employer_id")
);
--> statement-breakpoint
ALTER TABLE "demand_records" ADD CONSTRAINT "demand_records_survey_id_demand_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."demand_surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_records" ADD CONSTRAINT "demand_records_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_survey_id_demand_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."demand_surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "demand_records_survey_idx" ON "demand_records" USING btree ("survey_id","employer_id");--> statement-breakpoint
CREATE INDEX "demand_records_chain_idx" ON "demand_records" USING btree ("chain","sub_field");