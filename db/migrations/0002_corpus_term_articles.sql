CREATE TABLE "corpus_term_articles" (
	"term" text NOT NULL,
	"article_id" bigint NOT NULL,
	"tf" integer NOT NULL,
	CONSTRAINT "corpus_term_articles_term_article_id_pk" PRIMARY KEY("term","article_id")
);
--> statement-breakpoint
CREATE INDEX "corpus_term_articles_article_idx" ON "corpus_term_articles" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "articles_updated_idx" ON "articles" USING btree ("updated_at");