-- A link made by aligning two reports of one story claim by claim (lib/matching/align-story.ts), not by the
-- claim-level rules: the match list describes it as such, and it is re-made when either report is matched again.
ALTER TABLE "ClaimLink" ADD COLUMN "inStory" BOOLEAN NOT NULL DEFAULT false;
