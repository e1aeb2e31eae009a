CREATE TABLE "cockpit_snapshots" (
	"period" text NOT NULL,
	"unit_kind" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"body" jsonb NOT NULL,
	CONSTRAINT "cockpit_snapshots_period_unit_kind_pk" PRIMARY KEY("period","unit_kind")
);
