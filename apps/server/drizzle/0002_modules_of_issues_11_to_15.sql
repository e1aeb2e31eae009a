CREATE TABLE "cockpit_snapshots" (
	"period" text NOT NULL,
	"unit_kind" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"body" jsonb NOT NULL,
	CONSTRAINT "cockpit_snapshots_period_unit_kind_pk" PRIMARY KEY("period","unit_kind")
);
--> statement-breakpoint
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
CREATE TABLE "housing_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"number" text NOT NULL,
	"talent_id" uuid NOT NULL,
	"choices" text[] NOT NULL,
	"tier" text,
	"eligible" boolean NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"lottery" text,
	"position" integer,
	"unit_type" text,
	"unit_code" text,
	"why" jsonb,
	CONSTRAINT "housing_applications_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "housing_leases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"rent_fen" integer NOT NULL,
	"months" integer NOT NULL,
	"move_in" date,
	"ends_on" date,
	"renewals" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "housing_leases_offer_id_unique" UNIQUE("offer_id")
);
--> statement-breakpoint
CREATE TABLE "housing_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"via" text NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"deadline" date NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "housing_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"district" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "housing_projects_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "housing_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"policy_id" text NOT NULL,
	"status" text NOT NULL,
	"unit_types" text[] NOT NULL,
	"offer" jsonb NOT NULL,
	"offer_working_days" integer NOT NULL,
	"lease_months" integer NOT NULL,
	"opened_by" uuid NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"rules" text,
	"code_version" text,
	"eligible_hash" text,
	"eligible_count" integer,
	"stock" jsonb,
	"eligible" jsonb,
	"beacon" text,
	"beacon_at" timestamp with time zone,
	"committed_at" timestamp with time zone,
	"seed" text,
	"drawn_at" timestamp with time zone,
	"cutoffs" jsonb,
	"published_at" timestamp with time zone,
	CONSTRAINT "housing_rounds_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "housing_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"building" text NOT NULL,
	"code" text NOT NULL,
	"layout" text NOT NULL,
	"area_m2" double precision NOT NULL,
	"rent_fen" integer NOT NULL,
	"accessible" boolean NOT NULL,
	"furnished" boolean NOT NULL,
	"state" text NOT NULL,
	"round_id" uuid,
	CONSTRAINT "housing_units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "housing_waitlist" (
	"seq" bigserial NOT NULL,
	"unit_type" text NOT NULL,
	"application_id" uuid NOT NULL,
	"waiting" boolean NOT NULL,
	CONSTRAINT "housing_waitlist_unit_type_application_id_pk" PRIMARY KEY("unit_type","application_id")
);
--> statement-breakpoint
CREATE TABLE "posting_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"posting_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"initiator" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "posting_skills" (
	"posting_id" uuid NOT NULL,
	"skill_id" integer NOT NULL,
	"required" boolean NOT NULL,
	CONSTRAINT "posting_skills_posting_id_skill_id_pk" PRIMARY KEY("posting_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "postings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"chain" text NOT NULL,
	"sub_field" text NOT NULL,
	"min_degree" text,
	"min_title" text DEFAULT 'none' NOT NULL,
	"min_skill_level" text DEFAULT 'none' NOT NULL,
	"min_years" smallint DEFAULT 0 NOT NULL,
	"headcount" integer NOT NULL,
	"salary_min" integer NOT NULL,
	"salary_max" integer NOT NULL,
	"district" text NOT NULL,
	"engagement_mode" text NOT NULL,
	"urgency" text NOT NULL,
	"closes_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"taxonomy_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "profile_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talent_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"posting_id" uuid,
	"viewed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_profiles" (
	"talent_id" uuid PRIMARY KEY NOT NULL,
	"discoverable" boolean DEFAULT false NOT NULL,
	"availability" smallint DEFAULT 0 NOT NULL,
	"experience_years" smallint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skill_relations" (
	"skill_id" integer NOT NULL,
	"related_id" integer NOT NULL,
	CONSTRAINT "skill_relations_skill_id_related_id_pk" PRIMARY KEY("skill_id","related_id")
);
--> statement-breakpoint
CREATE TABLE "skill_sub_fields" (
	"code" text PRIMARY KEY NOT NULL,
	"chain" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"retired_in_version" integer
);
--> statement-breakpoint
CREATE TABLE "skill_taxonomy_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"sub_field" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"synonyms_zh" text[] DEFAULT '{}' NOT NULL,
	"synonyms_en" text[] DEFAULT '{}' NOT NULL,
	"since_version" integer NOT NULL,
	"retired_in_version" integer
);
--> statement-breakpoint
CREATE TABLE "talent_skills" (
	"talent_id" uuid NOT NULL,
	"skill_id" integer NOT NULL,
	"level" smallint NOT NULL,
	"years" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "talent_skills_talent_id_skill_id_pk" PRIMARY KEY("talent_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "program_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"employer_id" uuid,
	"nominated_by" uuid,
	"title" text NOT NULL,
	"fields" jsonb NOT NULL,
	"team_talent_ids" jsonb NOT NULL,
	"excluded_expert_ids" jsonb NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"fields" jsonb NOT NULL,
	"employer_id" uuid,
	"past_employers" jsonb NOT NULL,
	"co_applications" jsonb NOT NULL,
	"relations" jsonb NOT NULL,
	"max_load" integer,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "program_experts_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "program_reviews" (
	"application_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"scores" jsonb,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "program_reviews_application_id_expert_id_pk" PRIMARY KEY("application_id","expert_id")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"quota_per_nominator" integer NOT NULL,
	"review_plan" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programs_code_unique" UNIQUE("code")
);
--> statement-breakpoint
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
CREATE TABLE "youth_station_beds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid NOT NULL,
	"room" text NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "youth_station_beds_label_uq" UNIQUE("station_id","room","label")
);
--> statement-breakpoint
CREATE TABLE "youth_stations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"district" text NOT NULL,
	"address" text NOT NULL,
	"max_nights" integer NOT NULL,
	"stays_per_year" integer NOT NULL,
	"policy_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth_stay_nights" (
	"bed_id" uuid NOT NULL,
	"night" date NOT NULL,
	"stay_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	CONSTRAINT "youth_stay_nights_pk" PRIMARY KEY("bed_id","night"),
	CONSTRAINT "youth_stay_nights_talent_uq" UNIQUE("talent_id","night")
);
--> statement-breakpoint
CREATE TABLE "youth_stays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid NOT NULL,
	"bed_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"first_night" date NOT NULL,
	"nights" integer NOT NULL,
	"status" text NOT NULL,
	"booked_at" timestamp with time zone NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" uuid,
	"checked_out_at" timestamp with time zone,
	"released_at" timestamp with time zone,
	CONSTRAINT "youth_stays_nights_ck" CHECK ("youth_stays"."nights" between 1 and 60)
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
ALTER TABLE "housing_applications" ADD CONSTRAINT "housing_applications_round_id_housing_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."housing_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_applications" ADD CONSTRAINT "housing_applications_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_leases" ADD CONSTRAINT "housing_leases_offer_id_housing_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."housing_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_offers" ADD CONSTRAINT "housing_offers_application_id_housing_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."housing_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_offers" ADD CONSTRAINT "housing_offers_unit_id_housing_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."housing_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_units" ADD CONSTRAINT "housing_units_project_id_housing_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."housing_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_waitlist" ADD CONSTRAINT "housing_waitlist_application_id_housing_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."housing_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_contacts" ADD CONSTRAINT "posting_contacts_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_contacts" ADD CONSTRAINT "posting_contacts_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_skills" ADD CONSTRAINT "posting_skills_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_skills" ADD CONSTRAINT "posting_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_views" ADD CONSTRAINT "profile_views_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_views" ADD CONSTRAINT "profile_views_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_views" ADD CONSTRAINT "profile_views_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_profiles" ADD CONSTRAINT "match_profiles_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_relations" ADD CONSTRAINT "skill_relations_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_relations" ADD CONSTRAINT "skill_relations_related_id_skills_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."skills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_sub_field_skill_sub_fields_code_fk" FOREIGN KEY ("sub_field") REFERENCES "public"."skill_sub_fields"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_skills" ADD CONSTRAINT "talent_skills_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_skills" ADD CONSTRAINT "talent_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_nominated_by_employers_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_experts" ADD CONSTRAINT "program_experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_experts" ADD CONSTRAINT "program_experts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_reviews" ADD CONSTRAINT "program_reviews_application_id_program_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."program_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_reviews" ADD CONSTRAINT "program_reviews_expert_id_program_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."program_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_co_handlers" ADD CONSTRAINT "service_co_handlers_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_steps" ADD CONSTRAINT "service_steps_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_records" ADD CONSTRAINT "demand_records_survey_id_demand_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."demand_surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_records" ADD CONSTRAINT "demand_records_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_survey_id_demand_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."demand_surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_station_beds" ADD CONSTRAINT "youth_station_beds_station_id_youth_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."youth_stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_stay_nights" ADD CONSTRAINT "youth_stay_nights_bed_id_youth_station_beds_id_fk" FOREIGN KEY ("bed_id") REFERENCES "public"."youth_station_beds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_stay_nights" ADD CONSTRAINT "youth_stay_nights_stay_id_youth_stays_id_fk" FOREIGN KEY ("stay_id") REFERENCES "public"."youth_stays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_stays" ADD CONSTRAINT "youth_stays_station_id_youth_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."youth_stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_stays" ADD CONSTRAINT "youth_stays_bed_id_youth_station_beds_id_fk" FOREIGN KEY ("bed_id") REFERENCES "public"."youth_station_beds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_stays" ADD CONSTRAINT "youth_stays_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "employments_open_uq" ON "employments" USING btree ("talent_id") WHERE "employments"."status" in ('pending', 'confirmed');--> statement-breakpoint
CREATE INDEX "employments_employer_status_idx" ON "employments" USING btree ("employer_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "employments_talent_idx" ON "employments" USING btree ("talent_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_checkins_day_uq" ON "engagement_checkins" USING btree ("talent_id","day") WHERE "engagement_checkins"."status" <> 'declined';--> statement-breakpoint
CREATE INDEX "engagement_checkins_engagement_idx" ON "engagement_checkins" USING btree ("engagement_id","day");--> statement-breakpoint
CREATE INDEX "engagements_employer_idx" ON "engagements" USING btree ("employer_id","start_date");--> statement-breakpoint
CREATE INDEX "engagements_talent_idx" ON "engagements" USING btree ("talent_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "housing_applications_round_talent_uq" ON "housing_applications" USING btree ("round_id","talent_id");--> statement-breakpoint
CREATE INDEX "housing_offers_talent_idx" ON "housing_offers" USING btree ("talent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "housing_offers_open_unit_uq" ON "housing_offers" USING btree ("unit_id") WHERE "housing_offers"."status" in ('offered', 'accepted');--> statement-breakpoint
CREATE INDEX "housing_units_project_idx" ON "housing_units" USING btree ("project_id","layout","state");--> statement-breakpoint
CREATE INDEX "housing_waitlist_order_idx" ON "housing_waitlist" USING btree ("unit_type","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "posting_contacts_uq" ON "posting_contacts" USING btree ("posting_id","talent_id");--> statement-breakpoint
CREATE INDEX "posting_contacts_talent_idx" ON "posting_contacts" USING btree ("talent_id","created_at");--> statement-breakpoint
CREATE INDEX "postings_employer_idx" ON "postings" USING btree ("employer_id","created_at");--> statement-breakpoint
CREATE INDEX "postings_open_idx" ON "postings" USING btree ("status","closes_on");--> statement-breakpoint
CREATE INDEX "profile_views_talent_idx" ON "profile_views" USING btree ("talent_id","viewed_at");--> statement-breakpoint
CREATE INDEX "match_profiles_discoverable_idx" ON "match_profiles" USING btree ("discoverable");--> statement-breakpoint
CREATE UNIQUE INDEX "skills_code_uq" ON "skills" USING btree ("code");--> statement-breakpoint
CREATE INDEX "skills_sub_field_idx" ON "skills" USING btree ("sub_field");--> statement-breakpoint
CREATE INDEX "talent_skills_skill_idx" ON "talent_skills" USING btree ("skill_id","talent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_applications_one_per_talent_uq" ON "program_applications" USING btree ("program_id","talent_id");--> statement-breakpoint
CREATE INDEX "program_applications_nominator_idx" ON "program_applications" USING btree ("program_id","nominated_by");--> statement-breakpoint
CREATE INDEX "program_reviews_expert_idx" ON "program_reviews" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "service_requests_case_idx" ON "service_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "service_requests_talent_idx" ON "service_requests" USING btree ("talent_id");--> statement-breakpoint
CREATE INDEX "service_requests_open_idx" ON "service_requests" USING btree ("department","resolution_due") WHERE "service_requests"."closed_on" is null;--> statement-breakpoint
CREATE INDEX "service_steps_request_idx" ON "service_steps" USING btree ("request_id","seq");--> statement-breakpoint
CREATE INDEX "demand_records_survey_idx" ON "demand_records" USING btree ("survey_id","employer_id");--> statement-breakpoint
CREATE INDEX "demand_records_chain_idx" ON "demand_records" USING btree ("chain","sub_field");--> statement-breakpoint
CREATE INDEX "youth_stay_nights_stay_idx" ON "youth_stay_nights" USING btree ("stay_id");--> statement-breakpoint
CREATE INDEX "youth_stays_talent_idx" ON "youth_stays" USING btree ("talent_id","first_night");--> statement-breakpoint
CREATE INDEX "youth_stays_booked_idx" ON "youth_stays" USING btree ("first_night") WHERE "youth_stays"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "employers_status_idx" ON "employers" USING btree ("status","created_at");