CREATE SEQUENCE "public"."talent_code_status_index" INCREMENT BY 1 MINVALUE 0 MAXVALUE 9223372036854775807 START WITH 0 CACHE 1;--> statement-breakpoint
CREATE TABLE "shortage_listings" (
	"period" text NOT NULL,
	"skill_code" text NOT NULL,
	"stars" smallint NOT NULL,
	CONSTRAINT "shortage_listings_period_skill_code_pk" PRIMARY KEY("period","skill_code")
);
--> statement-breakpoint
CREATE TABLE "shortage_publications" (
	"period" text PRIMARY KEY NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mutual_recognitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talent_id" uuid NOT NULL,
	"recognition_id" uuid NOT NULL,
	"source_admin_code" text NOT NULL,
	"source_credential_id" text NOT NULL,
	"source_status_index" integer NOT NULL,
	"source_tier" text NOT NULL,
	"source_valid_until" timestamp with time zone NOT NULL,
	"local_tier" text NOT NULL,
	"equivalence_version" integer NOT NULL,
	"consent_to_notify_source" boolean NOT NULL,
	"consent_at" timestamp with time zone,
	"source_notified_at" timestamp with time zone,
	"source_told_status" text,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recognition_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"credential_id" text NOT NULL,
	"status_index" integer NOT NULL,
	"used_by_admin_code" text NOT NULL,
	"source_tier" text NOT NULL,
	"local_tier" text NOT NULL,
	"status" text NOT NULL,
	"equivalence_version" integer NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talent_id" uuid NOT NULL,
	"subject_hash" text NOT NULL,
	"recipient" text NOT NULL,
	"facts" text[] NOT NULL,
	"purpose" text NOT NULL,
	"until" date NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "region_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"direction" text NOT NULL,
	"peer" text NOT NULL,
	"kind" text NOT NULL,
	"jti" text NOT NULL,
	"in_reply_to" text,
	"digest" text NOT NULL,
	"token" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"consent_id" uuid,
	"talent_id" uuid,
	"facts" text[] DEFAULT '{}' NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_status_lists" (
	"admin_code" text PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"list" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_trust_lists" (
	"version" integer PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"list" jsonb NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "recognitions_one_open_uq";--> statement-breakpoint
ALTER TABLE "employments" ADD COLUMN "posting_id" uuid;--> statement-breakpoint
ALTER TABLE "signing_keys" ADD COLUMN "alg" text DEFAULT 'EdDSA' NOT NULL;--> statement-breakpoint
ALTER TABLE "talent_codes" ADD COLUMN "sl" integer;--> statement-breakpoint
ALTER TABLE "shortage_listings" ADD CONSTRAINT "shortage_listings_period_shortage_publications_period_fk" FOREIGN KEY ("period") REFERENCES "public"."shortage_publications"("period") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mutual_recognitions" ADD CONSTRAINT "mutual_recognitions_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mutual_recognitions" ADD CONSTRAINT "mutual_recognitions_recognition_id_recognitions_id_fk" FOREIGN KEY ("recognition_id") REFERENCES "public"."recognitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_consents" ADD CONSTRAINT "region_consents_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_messages" ADD CONSTRAINT "region_messages_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mutual_recognitions_source_uq" ON "mutual_recognitions" USING btree ("source_admin_code","source_credential_id");--> statement-breakpoint
CREATE INDEX "mutual_recognitions_talent_idx" ON "mutual_recognitions" USING btree ("talent_id","created_at");--> statement-breakpoint
CREATE INDEX "mutual_recognitions_live_idx" ON "mutual_recognitions" USING btree ("source_admin_code") WHERE "mutual_recognitions"."ended_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "recognition_uses_uq" ON "recognition_uses" USING btree ("used_by_admin_code","credential_id");--> statement-breakpoint
CREATE INDEX "recognition_uses_received_idx" ON "recognition_uses" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "region_consents_subject_idx" ON "region_consents" USING btree ("subject_hash","recipient");--> statement-breakpoint
CREATE INDEX "region_consents_talent_idx" ON "region_consents" USING btree ("talent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "region_messages_once_uq" ON "region_messages" USING btree ("peer","jti") WHERE "region_messages"."direction" = 'in' AND "region_messages"."status" = 'accepted';--> statement-breakpoint
CREATE INDEX "region_messages_consent_idx" ON "region_messages" USING btree ("consent_id");--> statement-breakpoint
CREATE INDEX "region_messages_at_idx" ON "region_messages" USING btree ("at");--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "talent_codes_sl_uq" ON "talent_codes" USING btree ("sl");--> statement-breakpoint
CREATE UNIQUE INDEX "recognitions_one_open_uq" ON "recognitions" USING btree ("talent_id") WHERE "recognitions"."status" NOT IN ('granted', 'rejected', 'withdrawn', 'revoked');