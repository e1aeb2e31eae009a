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
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_nominated_by_employers_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_experts" ADD CONSTRAINT "program_experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_experts" ADD CONSTRAINT "program_experts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_reviews" ADD CONSTRAINT "program_reviews_application_id_program_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."program_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_reviews" ADD CONSTRAINT "program_reviews_expert_id_program_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."program_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "program_applications_one_per_talent_uq" ON "program_applications" USING btree ("program_id","talent_id");--> statement-breakpoint
CREATE INDEX "program_applications_nominator_idx" ON "program_applications" USING btree ("program_id","nominated_by");--> statement-breakpoint
CREATE INDEX "program_reviews_expert_idx" ON "program_reviews" USING btree ("expert_id");