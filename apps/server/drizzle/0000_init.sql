CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"actor_role" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"role" text NOT NULL,
	"username" text,
	"mobile_enc" text,
	"mobile_hash" text,
	"credit_code" text,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"department" text,
	"talent_id" uuid,
	"employer_id" uuid,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled" boolean DEFAULT false NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_one_login_ck" CHECK (num_nonnulls("users"."username", "users"."mobile_hash", "users"."credit_code") = 1)
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"credit_code" text NOT NULL,
	"name" text NOT NULL,
	"contact_mobile_enc" text,
	"contact_mobile_hash" text,
	"district" text NOT NULL,
	"chain" text NOT NULL,
	"kind" text NOT NULL,
	"flags" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_versions" (
	"policy_id" text NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"path" text NOT NULL,
	"yaml" text NOT NULL,
	"parsed" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"effective_from" date,
	"published_by" text,
	"published_at" timestamp with time zone,
	"examples" jsonb,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_versions_policy_id_version_pk" PRIMARY KEY("policy_id","version")
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_key_enc" text,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone,
	"expires_after" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "talent_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"talent_id" uuid NOT NULL,
	"tier" text NOT NULL,
	"kid" text NOT NULL,
	"token" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"revoked_by" text
);
--> statement-breakpoint
CREATE TABLE "talents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"mobile_enc" text,
	"mobile_hash" text,
	"id_number_enc" text,
	"id_number_hash" text,
	"gender" text,
	"birth_date" date,
	"district" text,
	"highest_degree" text,
	"graduation_date" date,
	"school_tier" text DEFAULT 'other' NOT NULL,
	"title" text DEFAULT 'none' NOT NULL,
	"title_date" date,
	"skill_level" text DEFAULT 'none' NOT NULL,
	"skill_cert_date" date,
	"honors" text[] DEFAULT '{}' NOT NULL,
	"employer_id" uuid,
	"arrival_date" date,
	"social_insurance_months" smallint DEFAULT 0 NOT NULL,
	"hukou_in_city" boolean DEFAULT false NOT NULL,
	"owns_home_in_city" boolean DEFAULT false NOT NULL,
	"first_home_purchase_date" date,
	"lives_in_talent_apartment" boolean DEFAULT false NOT NULL,
	"children_school_age" smallint DEFAULT 0 NOT NULL,
	"spouse_needs_job" boolean DEFAULT false NOT NULL,
	"is_postdoc" boolean DEFAULT false NOT NULL,
	"postdoc_completed_date" date,
	"engagement_mode" text DEFAULT 'none' NOT NULL,
	"onsite_days_last_year" smallint DEFAULT 0 NOT NULL,
	"special_post" text DEFAULT 'none' NOT NULL,
	"dual_appointment" boolean DEFAULT false NOT NULL,
	"licensed_patents_last_year" integer DEFAULT 0 NOT NULL,
	"years_worked_outside" smallint DEFAULT 0 NOT NULL,
	"tier" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_codes" ADD CONSTRAINT "talent_codes_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_codes" ADD CONSTRAINT "talent_codes_kid_signing_keys_kid_fk" FOREIGN KEY ("kid") REFERENCES "public"."signing_keys"("kid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talents" ADD CONSTRAINT "talents_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_token_hash_uq" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_hash_uq" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "users_mobile_hash_uq" ON "users" USING btree ("mobile_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "users_credit_code_uq" ON "users" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "users_talent_idx" ON "users" USING btree ("talent_id");--> statement-breakpoint
CREATE INDEX "users_employer_idx" ON "users" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "users_role_created_idx" ON "users" USING btree ("role","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "employers_credit_code_uq" ON "employers" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "employers_name_idx" ON "employers" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "employers_chain_idx" ON "employers" USING btree ("chain");--> statement-breakpoint
CREATE INDEX "employers_district_idx" ON "employers" USING btree ("district");--> statement-breakpoint
CREATE INDEX "policy_versions_status_effective_idx" ON "policy_versions" USING btree ("status","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "signing_keys_one_current_uq" ON "signing_keys" USING btree (("retired_at" IS NULL)) WHERE "signing_keys"."retired_at" IS NULL;--> statement-breakpoint
CREATE INDEX "talent_codes_talent_idx" ON "talent_codes" USING btree ("talent_id","issued_at");--> statement-breakpoint
CREATE INDEX "talent_codes_kid_expires_idx" ON "talent_codes" USING btree ("kid","expires_at");--> statement-breakpoint
CREATE INDEX "talent_codes_revoked_idx" ON "talent_codes" USING btree ("revoked_at") WHERE "talent_codes"."revoked_at" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "talents_mobile_hash_uq" ON "talents" USING btree ("mobile_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "talents_id_number_hash_uq" ON "talents" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "talents_employer_updated_idx" ON "talents" USING btree ("employer_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "talents_district_updated_idx" ON "talents" USING btree ("district","updated_at","id");--> statement-breakpoint
CREATE INDEX "talents_degree_updated_idx" ON "talents" USING btree ("highest_degree","updated_at","id");--> statement-breakpoint
CREATE INDEX "talents_tier_updated_idx" ON "talents" USING btree ("tier","updated_at","id");--> statement-breakpoint
CREATE INDEX "talents_updated_idx" ON "talents" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "talents_name_idx" ON "talents" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "talents_name_prefix_idx" ON "talents" USING btree ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "talents_birth_date_idx" ON "talents" USING btree ("birth_date","id");