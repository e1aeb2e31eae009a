CREATE TABLE "application_evidence" (
	"application_id" uuid NOT NULL,
	"requirement" smallint NOT NULL,
	"evidence_id" uuid NOT NULL,
	"attached_at" timestamp with time zone NOT NULL,
	CONSTRAINT "application_evidence_application_id_requirement_evidence_id_pk" PRIMARY KEY("application_id","requirement","evidence_id")
);
--> statement-breakpoint
CREATE TABLE "application_steps" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"department" text,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"actor_department" text,
	"reason" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talent_id" uuid NOT NULL,
	"talent_name" text NOT NULL,
	"policy_id" text NOT NULL,
	"policy_version" integer NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"status" text NOT NULL,
	"stages" jsonb NOT NULL,
	"stage_index" smallint DEFAULT 0 NOT NULL,
	"on_appeal" boolean DEFAULT false NOT NULL,
	"appealed" boolean DEFAULT false NOT NULL,
	"rejected_stage" smallint,
	"department" text,
	"apply_date" date NOT NULL,
	"stage_started_on" date NOT NULL,
	"paused_working_days" integer DEFAULT 0 NOT NULL,
	"paused_since" date,
	"due_date" date,
	"escalated_at" timestamp with time zone,
	"tier" text,
	"amount_fen" bigint NOT NULL,
	"period" text NOT NULL,
	"months" integer NOT NULL,
	"value_fen" bigint NOT NULL,
	"requirements" jsonb NOT NULL,
	"conditions" jsonb NOT NULL,
	"last_reason" text,
	"entitlement_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "second_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"scope" text,
	"title" jsonb NOT NULL,
	"change" jsonb NOT NULL,
	"reason" text,
	"status" text NOT NULL,
	"made_by" uuid NOT NULL,
	"made_at" timestamp with time zone NOT NULL,
	"checked_by" uuid,
	"decided_at" timestamp with time zone,
	"note" text,
	"outcome" jsonb
);
--> statement-breakpoint
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
	"revoked_at" timestamp with time zone,
	"scope" jsonb
);
--> statement-breakpoint
CREATE TABLE "auth_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "password_recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL
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
	"disabled" boolean DEFAULT false NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"password_published" boolean DEFAULT false NOT NULL,
	"password_changed_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_one_login_ck" CHECK (num_nonnulls("users"."username", "users"."mobile_hash", "users"."credit_code") = 1)
);
--> statement-breakpoint
CREATE TABLE "entitlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talent_id" uuid NOT NULL,
	"policy_id" text NOT NULL,
	"source" text NOT NULL,
	"application_id" uuid,
	"amount_fen" bigint NOT NULL,
	"period" text NOT NULL,
	"months" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"ended_on" date,
	"created_by_sweep" uuid,
	"sweep_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"checkpoint" text,
	"processed" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text,
	"created_by" uuid,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sweep_changes" (
	"sweep_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"policy_id" text NOT NULL,
	"change" text NOT NULL,
	"source" text NOT NULL,
	"old_amount_fen" bigint,
	"new_amount_fen" bigint,
	"entitlement_id" uuid,
	"period" text,
	"months" integer,
	"reason" jsonb
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" smallint PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"holidays" jsonb NOT NULL,
	"workdays" jsonb NOT NULL,
	"source" text NOT NULL,
	"loaded_by" uuid,
	"loaded_by_name" text NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "calendar_years_kind_ck" CHECK ("calendar_years"."kind" IN ('official', 'provisional'))
);
--> statement-breakpoint
CREATE TABLE "fact_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department" text NOT NULL,
	"source" text NOT NULL,
	"file_name" text,
	"actor_user_id" uuid,
	"token_id" uuid,
	"rows" integer NOT NULL,
	"changed" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"contradicted" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
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
CREATE TABLE "evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talent_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"channel" text DEFAULT 'in_app' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payment_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period" text NOT NULL,
	"created_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payment_batches_period_uq" UNIQUE("period")
);
--> statement-breakpoint
CREATE TABLE "payment_budgets" (
	"policy_id" text NOT NULL,
	"year" integer NOT NULL,
	"annual_fen" bigint NOT NULL,
	"quota" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payment_budgets_policy_id_year_pk" PRIMARY KEY("policy_id","year")
);
--> statement-breakpoint
CREATE TABLE "payment_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"entitlement_id" uuid NOT NULL,
	"period" text NOT NULL,
	"year" smallint NOT NULL,
	"talent_id" uuid NOT NULL,
	"policy_id" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"start_date" date NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"failure_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"settled_at" timestamp with time zone
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
CREATE TABLE "recognition_evidence" (
	"recognition_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	"attached_at" timestamp with time zone NOT NULL,
	CONSTRAINT "recognition_evidence_recognition_id_evidence_id_pk" PRIMARY KEY("recognition_id","evidence_id")
);
--> statement-breakpoint
CREATE TABLE "recognition_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recognition_id" uuid NOT NULL,
	"name" text NOT NULL,
	"contact_enc" text NOT NULL,
	"reason" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"ip" text,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recognition_steps" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"recognition_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"actor_department" text,
	"reason" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recognitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talent_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_by_role" text NOT NULL,
	"status" text NOT NULL,
	"proposed_tier" text NOT NULL,
	"request_date" date NOT NULL,
	"talent_name" text NOT NULL,
	"employer_name" text,
	"stage_since" date NOT NULL,
	"notice_starts_on" date,
	"notice_ends_on" date,
	"granted_at" timestamp with time zone,
	"valid_until" date,
	"talent_code_jti" uuid,
	"last_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_grants" (
	"talent_id" uuid PRIMARY KEY NOT NULL,
	"tier" text NOT NULL,
	"recognition_id" uuid NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"valid_until" date NOT NULL
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
	"birthplace" text,
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
	"payout_bank" text,
	"payout_account_enc" text,
	"payout_account_mask" text,
	"payout_holder_name" text,
	"payout_account_set_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_evidence" ADD CONSTRAINT "application_evidence_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_evidence" ADD CONSTRAINT "application_evidence_evidence_id_evidence_files_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_steps" ADD CONSTRAINT "application_steps_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_recovery_codes" ADD CONSTRAINT "password_recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlements" ADD CONSTRAINT "entitlements_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sweep_changes" ADD CONSTRAINT "sweep_changes_sweep_id_jobs_id_fk" FOREIGN KEY ("sweep_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_records" ADD CONSTRAINT "fact_records_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verified_facts" ADD CONSTRAINT "verified_facts_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verified_facts" ADD CONSTRAINT "verified_facts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_batch_id_payment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_entitlement_id_entitlements_id_fk" FOREIGN KEY ("entitlement_id") REFERENCES "public"."entitlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_evidence" ADD CONSTRAINT "recognition_evidence_recognition_id_recognitions_id_fk" FOREIGN KEY ("recognition_id") REFERENCES "public"."recognitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_evidence" ADD CONSTRAINT "recognition_evidence_evidence_id_evidence_files_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_objections" ADD CONSTRAINT "recognition_objections_recognition_id_recognitions_id_fk" FOREIGN KEY ("recognition_id") REFERENCES "public"."recognitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_steps" ADD CONSTRAINT "recognition_steps_recognition_id_recognitions_id_fk" FOREIGN KEY ("recognition_id") REFERENCES "public"."recognitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_grants" ADD CONSTRAINT "talent_grants_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_grants" ADD CONSTRAINT "talent_grants_recognition_id_recognitions_id_fk" FOREIGN KEY ("recognition_id") REFERENCES "public"."recognitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_codes" ADD CONSTRAINT "talent_codes_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_codes" ADD CONSTRAINT "talent_codes_kid_signing_keys_kid_fk" FOREIGN KEY ("kid") REFERENCES "public"."signing_keys"("kid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talents" ADD CONSTRAINT "talents_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_evidence_evidence_idx" ON "application_evidence" USING btree ("evidence_id");--> statement-breakpoint
CREATE INDEX "application_steps_app_idx" ON "application_steps" USING btree ("application_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_active_uq" ON "applications" USING btree ("talent_id","policy_id") WHERE "applications"."status" IN ('in_review', 'returned', 'approved');--> statement-breakpoint
CREATE INDEX "applications_queue_idx" ON "applications" USING btree ("department","due_date","id") WHERE "applications"."status" = 'in_review';--> statement-breakpoint
CREATE INDEX "applications_due_idx" ON "applications" USING btree ("due_date","id") WHERE "applications"."status" = 'in_review';--> statement-breakpoint
CREATE INDEX "applications_talent_idx" ON "applications" USING btree ("talent_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "second_approvals_one_pending_uq" ON "second_approvals" USING btree ("kind","subject") WHERE "second_approvals"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "second_approvals_pending_idx" ON "second_approvals" USING btree ("seq") WHERE "second_approvals"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "second_approvals_subject_idx" ON "second_approvals" USING btree ("kind","subject","seq");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_token_hash_uq" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "password_recovery_codes_user_idx" ON "password_recovery_codes" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_hash_uq" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "users_mobile_hash_uq" ON "users" USING btree ("mobile_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "users_credit_code_uq" ON "users" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "users_talent_idx" ON "users" USING btree ("talent_id");--> statement-breakpoint
CREATE INDEX "users_employer_idx" ON "users" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "users_role_created_idx" ON "users" USING btree ("role","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "entitlements_talent_policy_source_uq" ON "entitlements" USING btree ("talent_id","policy_id","source");--> statement-breakpoint
CREATE UNIQUE INDEX "entitlements_application_uq" ON "entitlements" USING btree ("application_id") WHERE "entitlements"."application_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "entitlements_policy_status_idx" ON "entitlements" USING btree ("policy_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_one_running_per_kind_uq" ON "jobs" USING btree ("kind") WHERE "jobs"."status" in ('running', 'confirming');--> statement-breakpoint
CREATE INDEX "jobs_kind_created_idx" ON "jobs" USING btree ("kind","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sweep_changes_uq" ON "sweep_changes" USING btree ("sweep_id","talent_id","policy_id","source");--> statement-breakpoint
CREATE INDEX "sweep_changes_change_idx" ON "sweep_changes" USING btree ("sweep_id","change");--> statement-breakpoint
CREATE INDEX "sweep_changes_policy_idx" ON "sweep_changes" USING btree ("sweep_id","policy_id","change");--> statement-breakpoint
CREATE INDEX "fact_imports_department_idx" ON "fact_imports" USING btree ("department","created_at");--> statement-breakpoint
CREATE INDEX "fact_imports_created_idx" ON "fact_imports" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "employers_credit_code_uq" ON "employers" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "employers_name_idx" ON "employers" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "employers_chain_idx" ON "employers" USING btree ("chain");--> statement-breakpoint
CREATE INDEX "employers_district_idx" ON "employers" USING btree ("district");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_files_talent_kind_sha_uq" ON "evidence_files" USING btree ("talent_id","kind","sha256");--> statement-breakpoint
CREATE INDEX "evidence_files_talent_idx" ON "evidence_files" USING btree ("talent_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "fact_records_talent_field_idx" ON "fact_records" USING btree ("talent_id","field","id");--> statement-breakpoint
CREATE INDEX "fact_records_import_idx" ON "fact_records" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_undelivered_idx" ON "notifications" USING btree ("channel","created_at") WHERE "notifications"."delivered_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_lines_entitlement_period_uq" ON "payment_lines" USING btree ("entitlement_id","period");--> statement-breakpoint
CREATE INDEX "payment_lines_batch_idx" ON "payment_lines" USING btree ("batch_id","status");--> statement-breakpoint
CREATE INDEX "payment_lines_budget_idx" ON "payment_lines" USING btree ("policy_id","year","status");--> statement-breakpoint
CREATE INDEX "payment_lines_talent_idx" ON "payment_lines" USING btree ("talent_id");--> statement-breakpoint
CREATE INDEX "policy_versions_status_effective_idx" ON "policy_versions" USING btree ("status","effective_from");--> statement-breakpoint
CREATE INDEX "recognition_evidence_evidence_idx" ON "recognition_evidence" USING btree ("evidence_id");--> statement-breakpoint
CREATE INDEX "recognition_objections_case_idx" ON "recognition_objections" USING btree ("recognition_id","status");--> statement-breakpoint
CREATE INDEX "recognition_steps_case_idx" ON "recognition_steps" USING btree ("recognition_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "recognitions_one_open_uq" ON "recognitions" USING btree ("talent_id") WHERE "recognitions"."status" NOT IN ('granted', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE INDEX "recognitions_status_idx" ON "recognitions" USING btree ("status","stage_since");--> statement-breakpoint
CREATE INDEX "recognitions_talent_idx" ON "recognitions" USING btree ("talent_id","created_at");--> statement-breakpoint
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