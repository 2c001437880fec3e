ALTER TABLE "brand_api_keys" ADD COLUMN "name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "brand_api_keys" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "brand_api_keys" ADD COLUMN "last_used_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "brand_feeds" ADD COLUMN "last_modified" text;--> statement-breakpoint
ALTER TABLE "brand_feeds" ADD COLUMN "last_item_count" integer;--> statement-breakpoint
ALTER TABLE "brand_api_keys" ADD CONSTRAINT "brand_api_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_brand_received_idx" ON "articles" USING btree ("brand_id","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);