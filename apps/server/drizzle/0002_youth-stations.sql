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
ALTER TABLE "youth_station_beds" ADD CONSTRAINT "youth_station_beds_station_id_youth_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."youth_stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_stay_nights" ADD CONSTRAINT "youth_stay_nights_bed_id_youth_station_beds_id_fk" FOREIGN KEY ("bed_id") REFERENCES "public"."youth_station_beds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_stay_nights" ADD CONSTRAINT "youth_stay_nights_stay_id_youth_stays_id_fk" FOREIGN KEY ("stay_id") REFERENCES "public"."youth_stays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_stays" ADD CONSTRAINT "youth_stays_station_id_youth_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."youth_stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_stays" ADD CONSTRAINT "youth_stays_bed_id_youth_station_beds_id_fk" FOREIGN KEY ("bed_id") REFERENCES "public"."youth_station_beds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_stays" ADD CONSTRAINT "youth_stays_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "youth_stay_nights_stay_idx" ON "youth_stay_nights" USING btree ("stay_id");--> statement-breakpoint
CREATE INDEX "youth_stays_talent_idx" ON "youth_stays" USING btree ("talent_id","first_night");--> statement-breakpoint
CREATE INDEX "youth_stays_booked_idx" ON "youth_stays" USING btree ("first_night") WHERE "youth_stays"."status" = 'booked';