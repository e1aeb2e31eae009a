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
ALTER TABLE "housing_applications" ADD CONSTRAINT "housing_applications_round_id_housing_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."housing_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_applications" ADD CONSTRAINT "housing_applications_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_leases" ADD CONSTRAINT "housing_leases_offer_id_housing_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."housing_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_offers" ADD CONSTRAINT "housing_offers_application_id_housing_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."housing_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_offers" ADD CONSTRAINT "housing_offers_unit_id_housing_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."housing_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_units" ADD CONSTRAINT "housing_units_project_id_housing_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."housing_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_waitlist" ADD CONSTRAINT "housing_waitlist_application_id_housing_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."housing_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "housing_applications_round_talent_uq" ON "housing_applications" USING btree ("round_id","talent_id");--> statement-breakpoint
CREATE INDEX "housing_offers_talent_idx" ON "housing_offers" USING btree ("talent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "housing_offers_open_unit_uq" ON "housing_offers" USING btree ("unit_id") WHERE "housing_offers"."status" in ('offered', 'accepted');--> statement-breakpoint
CREATE INDEX "housing_units_project_idx" ON "housing_units" USING btree ("project_id","layout","state");--> statement-breakpoint
CREATE INDEX "housing_waitlist_order_idx" ON "housing_waitlist" USING btree ("unit_type","seq");