ALTER TABLE "demand_surveys" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "demand_surveys" ADD COLUMN "closed_by" uuid;