-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "independentSources" INTEGER NOT NULL DEFAULT 0;

-- Existing claims: their independent origins (a relay counts as what it relays, when that is known).
UPDATE "Claim" SET "independentSources" = (
  SELECT COUNT(DISTINCT CASE WHEN "role" = 'relay' AND "relayOfId" IS NOT NULL THEN "relayOfId" ELSE "sourceId" END)
  FROM "Citation" WHERE "Citation"."claimId" = "Claim"."id"
);
