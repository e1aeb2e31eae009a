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
ALTER TABLE "api_tokens" ADD COLUMN "scope" jsonb;--> statement-breakpoint
CREATE INDEX "fact_imports_department_idx" ON "fact_imports" USING btree ("department","created_at");--> statement-breakpoint
CREATE INDEX "fact_imports_created_idx" ON "fact_imports" USING btree ("created_at");