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
ALTER TABLE "employments" ADD COLUMN "posting_id" uuid;--> statement-breakpoint
ALTER TABLE "shortage_listings" ADD CONSTRAINT "shortage_listings_period_shortage_publications_period_fk" FOREIGN KEY ("period") REFERENCES "public"."shortage_publications"("period") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE no action ON UPDATE no action;