CREATE TABLE "fact_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"talent_id" uuid NOT NULL,
	"field" text NOT NULL,
	"source" text NOT NULL,
	"value" jsonb,
	"actor_user_id" uuid,
	"department" text,
	"evidence_ids" uuid[] DEFAULT '{}' NOT NULL,
	"import_id" text,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verified_facts" (
	"talent_id" uuid PRIMARY KEY NOT NULL,
	"highest_degree" text,
	"graduation_date" date,
	"school_tier" text,
	"title" text,
	"title_date" date,
	"skill_level" text,
	"skill_cert_date" date,
	"honors" text[],
	"employer_id" uuid,
	"arrival_date" date,
	"social_insurance_months" smallint,
	"hukou_in_city" boolean,
	"owns_home_in_city" boolean,
	"first_home_purchase_date" date,
	"lives_in_talent_apartment" boolean,
	"children_school_age" smallint,
	"spouse_needs_job" boolean,
	"is_postdoc" boolean,
	"postdoc_completed_date" date,
	"engagement_mode" text,
	"onsite_days_last_year" smallint,
	"special_post" text,
	"dual_appointment" boolean,
	"licensed_patents_last_year" integer,
	"years_worked_outside" smallint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "talents" ADD COLUMN "birthplace" text;--> statement-breakpoint
ALTER TABLE "fact_records" ADD CONSTRAINT "fact_records_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verified_facts" ADD CONSTRAINT "verified_facts_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verified_facts" ADD CONSTRAINT "verified_facts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fact_records_talent_field_idx" ON "fact_records" USING btree ("talent_id","field","id");--> statement-breakpoint
CREATE INDEX "fact_records_import_idx" ON "fact_records" USING btree ("import_id");