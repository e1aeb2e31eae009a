CREATE TABLE "evidence_blob_chunks" (
	"sha256" text NOT NULL,
	"seq" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "evidence_blob_chunks_sha256_seq_pk" PRIMARY KEY("sha256","seq")
);
--> statement-breakpoint
CREATE TABLE "evidence_blobs" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"stored_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_blob_chunks" ADD CONSTRAINT "evidence_blob_chunks_sha256_evidence_blobs_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."evidence_blobs"("sha256") ON DELETE cascade ON UPDATE no action;