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
CREATE UNIQUE INDEX "posting_contacts_uq" ON "posting_contacts" USING btree ("posting_id","talent_id");--> statement-breakpoint
CREATE INDEX "posting_contacts_talent_idx" ON "posting_contacts" USING btree ("talent_id","created_at");--> statement-breakpoint
CREATE INDEX "postings_employer_idx" ON "postings" USING btree ("employer_id","created_at");--> statement-breakpoint
CREATE INDEX "postings_open_idx" ON "postings" USING btree ("status","closes_on");--> statement-breakpoint
CREATE INDEX "profile_views_talent_idx" ON "profile_views" USING btree ("talent_id","viewed_at");--> statement-breakpoint
CREATE INDEX "match_profiles_discoverable_idx" ON "match_profiles" USING btree ("discoverable");--> statement-breakpoint
CREATE UNIQUE INDEX "skills_code_uq" ON "skills" USING btree ("code");--> statement-breakpoint
CREATE INDEX "skills_sub_field_idx" ON "skills" USING btree ("sub_field");--> statement-breakpoint
CREATE INDEX "talent_skills_skill_idx" ON "talent_skills" USING btree ("skill_id","talent_id");