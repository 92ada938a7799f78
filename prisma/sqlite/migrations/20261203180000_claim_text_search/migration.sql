-- The claims page's text search ("a claim's text or label holds these words", case-insensitively) without reading
-- every claim: FTS5 with the trigram tokenizer indexes every three characters of Claim.text and Claim.label, so a
-- substring of three characters or more is found through the index (a phrase of its trigrams). External content (the
-- text is stored once, in Claim), kept in step by triggers in the writer's transaction, as ClaimMatchIndex is. Keyed
-- by Claim's rowid, which nothing renumbers (the app never runs VACUUM, which may renumber a table without an
-- INTEGER PRIMARY KEY). PostgreSQL has trigram GIN indexes on the same two columns instead.
CREATE VIRTUAL TABLE "ClaimTextIndex" USING fts5("text", "label", content='Claim', content_rowid='rowid', tokenize='trigram');

CREATE TRIGGER "Claim_textIndex_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "ClaimTextIndex"(rowid, "text", "label") VALUES (new.rowid, new."text", new."label");
END;

CREATE TRIGGER "Claim_textIndex_delete" AFTER DELETE ON "Claim" BEGIN
  INSERT INTO "ClaimTextIndex"("ClaimTextIndex", rowid, "text", "label") VALUES ('delete', old.rowid, old."text", old."label");
END;

CREATE TRIGGER "Claim_textIndex_update" AFTER UPDATE OF "text", "label" ON "Claim" BEGIN
  INSERT INTO "ClaimTextIndex"("ClaimTextIndex", rowid, "text", "label") VALUES ('delete', old.rowid, old."text", old."label");
  INSERT INTO "ClaimTextIndex"(rowid, "text", "label") VALUES (new.rowid, new."text", new."label");
END;

-- The claims stored before this migration.
INSERT INTO "ClaimTextIndex"("ClaimTextIndex") VALUES ('rebuild');
