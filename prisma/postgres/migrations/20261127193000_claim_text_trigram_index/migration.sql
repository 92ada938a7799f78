-- Text search across claims (ILIKE '%words%' on text and label) read every row: trigram indexes let PostgreSQL
-- find the matching claims instead. pg_trgm ships with PostgreSQL and is a trusted extension: the owner of the
-- database may create it (README, PostgreSQL). Not in prisma/models.prisma: the schema is shared with SQLite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Claim_text_trgm_idx" ON "Claim" USING gin ("text" gin_trgm_ops);

CREATE INDEX "Claim_label_trgm_idx" ON "Claim" USING gin ("label" gin_trgm_ops);
