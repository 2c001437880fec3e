CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "sessions_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"role" text DEFAULT 'read_only' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brand_api_keys" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "brand_api_keys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"brand_id" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "brand_feeds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "brand_feeds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"brand_id" text NOT NULL,
	"url" text NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"last_polled_at" timestamp with time zone,
	"last_error" text,
	"etag" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brands" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"domain" text NOT NULL,
	"lang" text DEFAULT 'fr' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"brand_id" text NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_labels" (
	"article_id" bigint PRIMARY KEY NOT NULL,
	"classifier_version" text NOT NULL,
	"lang" text NOT NULL,
	"iab" jsonb NOT NULL,
	"iab_ids" text[] NOT NULL,
	"tonality" text NOT NULL,
	"tonality_scores" jsonb NOT NULL,
	"risk" text NOT NULL,
	"garm" text[] NOT NULL,
	"keywords" text[] NOT NULL,
	"explain" jsonb NOT NULL,
	"labelled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"override_tonality" text,
	"override_risk" text,
	"override_by" text,
	"override_reason" text,
	"override_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"brand_id" text NOT NULL,
	"section_id" integer,
	"external_id" text NOT NULL,
	"url" text NOT NULL,
	"lang" text DEFAULT 'fr' NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"content_hash" text NOT NULL,
	"source" text DEFAULT 'cms' NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "corpus_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"lang" text NOT NULL,
	"doc_freq" integer NOT NULL,
	"sample_article_ids" bigint[] NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "term_associations" (
	"term" text NOT NULL,
	"related" text NOT NULL,
	"ppmi" real NOT NULL,
	"co_docs" integer NOT NULL,
	CONSTRAINT "term_associations_term_related_pk" PRIMARY KEY("term","related")
);
--> statement-breakpoint
CREATE TABLE "identity_links" (
	"browser_profile_id" bigint NOT NULL,
	"person_profile_id" bigint NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "identity_links_browser_profile_id_person_profile_id_pk" PRIMARY KEY("browser_profile_id","person_profile_id")
);
--> statement-breakpoint
CREATE TABLE "profiles" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "profiles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"kind" text NOT NULL,
	"email_sha256" text,
	"age_band" text,
	"gender" text,
	"region" text,
	"departement" text,
	"csp" text,
	"plan" text,
	"subscribed_at" timestamp with time zone,
	"newsletters" text[],
	"consent_purposes" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"consent_vendor" boolean DEFAULT false NOT NULL,
	"consent_special" boolean DEFAULT false NOT NULL,
	"consent_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"profile_id" bigint,
	"article_id" bigint,
	"brand_id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"engaged_seconds" smallint DEFAULT 0 NOT NULL,
	"scroll_depth" smallint,
	"device" text,
	"referrer_kind" text
);
--> statement-breakpoint
CREATE TABLE "profile_brand_features" (
	"profile_id" bigint NOT NULL,
	"brand_id" text NOT NULL,
	"recency_days" integer,
	"visits_30d" integer DEFAULT 0 NOT NULL,
	"active_days_30d" smallint DEFAULT 0 NOT NULL,
	"engaged_seconds_30d" integer DEFAULT 0 NOT NULL,
	"engagement_score" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "profile_brand_features_profile_id_brand_id_pk" PRIMARY KEY("profile_id","brand_id")
);
--> statement-breakpoint
CREATE TABLE "profile_category_days" (
	"profile_id" bigint NOT NULL,
	"iab_id" text NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"engaged_seconds" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "profile_category_days_profile_id_iab_id_day_pk" PRIMARY KEY("profile_id","iab_id","day")
);
--> statement-breakpoint
CREATE TABLE "profile_features" (
	"profile_id" bigint PRIMARY KEY NOT NULL,
	"recency_days" integer,
	"visits_7d" integer DEFAULT 0 NOT NULL,
	"visits_30d" integer DEFAULT 0 NOT NULL,
	"visits_90d" integer DEFAULT 0 NOT NULL,
	"active_days_30d" smallint DEFAULT 0 NOT NULL,
	"active_days_90d" smallint DEFAULT 0 NOT NULL,
	"engaged_seconds_30d" integer DEFAULT 0 NOT NULL,
	"avg_scroll_depth" real,
	"revisit_rate" real,
	"engagement_score" smallint DEFAULT 0 NOT NULL,
	"interests" text[] DEFAULT '{}' NOT NULL,
	"interest_scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tonality_exposure" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"brands" text[] DEFAULT '{}' NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watermarks" (
	"name" text PRIMARY KEY NOT NULL,
	"position" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segment_sizes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "segment_sizes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"segment_id" integer NOT NULL,
	"version" integer NOT NULL,
	"size" integer NOT NULL,
	"consented_size" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segment_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "segment_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"segment_id" integer NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "segments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"brand_id" text,
	"definition" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"is_persona" boolean DEFAULT false NOT NULL,
	"owner_id" text,
	"data_usage_labels" text[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advertisers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "advertisers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brief_segments" (
	"brief_id" integer NOT NULL,
	"segment_id" integer NOT NULL,
	CONSTRAINT "brief_segments_brief_id_segment_id_pk" PRIMARY KEY("brief_id","segment_id")
);
--> statement-breakpoint
CREATE TABLE "briefs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "briefs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"advertiser_id" integer NOT NULL,
	"title" text NOT NULL,
	"objective" text DEFAULT '' NOT NULL,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"budget_eur" numeric(12, 2),
	"suitability" jsonb,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_segments" (
	"campaign_id" integer NOT NULL,
	"segment_id" integer NOT NULL,
	CONSTRAINT "campaign_segments_campaign_id_segment_id_pk" PRIMARY KEY("campaign_id","segment_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaigns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"advertiser_id" integer NOT NULL,
	"brief_id" integer,
	"name" text NOT NULL,
	"brand_ids" text[] NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"booked_revenue_eur" numeric(12, 2) NOT NULL,
	"impressions" bigint DEFAULT 0 NOT NULL,
	"cpm_eur" numeric(8, 2) NOT NULL,
	"embeds_data" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revenue_lines" (
	"campaign_id" integer NOT NULL,
	"brand_id" text NOT NULL,
	"month" date NOT NULL,
	"revenue_eur" numeric(12, 2) NOT NULL,
	"impressions" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "revenue_lines_campaign_id_brand_id_month_pk" PRIMARY KEY("campaign_id","brand_id","month")
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"brand_id" text,
	"metric" text NOT NULL,
	"value" numeric(14, 4) NOT NULL,
	CONSTRAINT "targets_year_brand_metric_key" UNIQUE NULLS NOT DISTINCT("year","brand_id","metric")
);
--> statement-breakpoint
CREATE TABLE "destinations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "destinations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"segment_id" integer NOT NULL,
	"destination_id" integer NOT NULL,
	"segment_version" integer NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"row_count" integer,
	"labels" text[] DEFAULT '{}' NOT NULL,
	"location" text,
	"error" text,
	"requested_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dsar_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dsar_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"subject_ref" text NOT NULL,
	"profile_id" bigint,
	"status" text DEFAULT 'received' NOT NULL,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"handled_by" text
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_api_keys" ADD CONSTRAINT "brand_api_keys_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_feeds" ADD CONSTRAINT "brand_feeds_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_labels" ADD CONSTRAINT "article_labels_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_links" ADD CONSTRAINT "identity_links_browser_profile_id_profiles_id_fk" FOREIGN KEY ("browser_profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_links" ADD CONSTRAINT "identity_links_person_profile_id_profiles_id_fk" FOREIGN KEY ("person_profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_sizes" ADD CONSTRAINT "segment_sizes_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_versions" ADD CONSTRAINT "segment_versions_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_versions" ADD CONSTRAINT "segment_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brief_segments" ADD CONSTRAINT "brief_segments_brief_id_briefs_id_fk" FOREIGN KEY ("brief_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brief_segments" ADD CONSTRAINT "brief_segments_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefs" ADD CONSTRAINT "briefs_advertiser_id_advertisers_id_fk" FOREIGN KEY ("advertiser_id") REFERENCES "public"."advertisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefs" ADD CONSTRAINT "briefs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_segments" ADD CONSTRAINT "campaign_segments_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_segments" ADD CONSTRAINT "campaign_segments_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_advertiser_id_advertisers_id_fk" FOREIGN KEY ("advertiser_id") REFERENCES "public"."advertisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_brief_id_briefs_id_fk" FOREIGN KEY ("brief_id") REFERENCES "public"."briefs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revenue_lines" ADD CONSTRAINT "revenue_lines_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exports" ADD CONSTRAINT "exports_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exports" ADD CONSTRAINT "exports_destination_id_destinations_id_fk" FOREIGN KEY ("destination_id") REFERENCES "public"."destinations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exports" ADD CONSTRAINT "exports_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dsar_requests" ADD CONSTRAINT "dsar_requests_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "brand_api_keys_hash_key" ON "brand_api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "brand_feeds_due_idx" ON "brand_feeds" USING btree ("last_polled_at") WHERE "brand_feeds"."is_enabled";--> statement-breakpoint
CREATE UNIQUE INDEX "brand_feeds_brand_url_key" ON "brand_feeds" USING btree ("brand_id","url");--> statement-breakpoint
CREATE UNIQUE INDEX "sections_brand_slug_key" ON "sections" USING btree ("brand_id","slug");--> statement-breakpoint
CREATE INDEX "article_labels_tonality_risk_idx" ON "article_labels" USING btree ("tonality","risk");--> statement-breakpoint
CREATE INDEX "article_labels_iab_ids_gin" ON "article_labels" USING gin ("iab_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_brand_external_key" ON "articles" USING btree ("brand_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_url_key" ON "articles" USING btree ("url");--> statement-breakpoint
CREATE INDEX "articles_brand_published_idx" ON "articles" USING btree ("brand_id","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_received_idx" ON "articles" USING btree ("received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "term_associations_term_ppmi_idx" ON "term_associations" USING btree ("term","ppmi" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "identity_links_person_idx" ON "identity_links" USING btree ("person_profile_id");--> statement-breakpoint
CREATE UNIQUE INDEX "profiles_external_id_key" ON "profiles" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "profiles_email_sha256_idx" ON "profiles" USING btree ("email_sha256") WHERE "profiles"."email_sha256" is not null;--> statement-breakpoint
CREATE INDEX "events_occurred_at_brin" ON "events" USING brin ("occurred_at");--> statement-breakpoint
CREATE INDEX "events_received_at_brin" ON "events" USING brin ("received_at");--> statement-breakpoint
CREATE INDEX "events_profile_occurred_idx" ON "events" USING btree ("profile_id","occurred_at") WHERE "events"."profile_id" is not null;--> statement-breakpoint
CREATE INDEX "events_article_idx" ON "events" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "profile_brand_features_brand_score_idx" ON "profile_brand_features" USING btree ("brand_id","engagement_score");--> statement-breakpoint
CREATE INDEX "profile_category_days_iab_day_idx" ON "profile_category_days" USING btree ("iab_id","day");--> statement-breakpoint
CREATE INDEX "profile_features_interests_gin" ON "profile_features" USING gin ("interests");--> statement-breakpoint
CREATE INDEX "profile_features_score_idx" ON "profile_features" USING btree ("engagement_score");--> statement-breakpoint
CREATE INDEX "profile_features_brands_gin" ON "profile_features" USING gin ("brands");--> statement-breakpoint
CREATE INDEX "segment_sizes_segment_time_idx" ON "segment_sizes" USING btree ("segment_id","computed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "segment_versions_segment_version_key" ON "segment_versions" USING btree ("segment_id","version");--> statement-breakpoint
CREATE INDEX "segments_brand_status_idx" ON "segments" USING btree ("brand_id","status");--> statement-breakpoint
CREATE INDEX "briefs_advertiser_idx" ON "briefs" USING btree ("advertiser_id");--> statement-breakpoint
CREATE INDEX "campaigns_flight_idx" ON "campaigns" USING btree ("starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "campaigns_advertiser_idx" ON "campaigns" USING btree ("advertiser_id");--> statement-breakpoint
CREATE INDEX "revenue_lines_month_brand_idx" ON "revenue_lines" USING btree ("month","brand_id");--> statement-breakpoint
CREATE INDEX "exports_segment_idx" ON "exports" USING btree ("segment_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "dsar_requests_status_idx" ON "dsar_requests" USING btree ("status","requested_at");