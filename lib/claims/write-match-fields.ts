import type { Tx } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import type { StoredMatchFields } from "@/lib/matching/match-terms";

/** A claim's new key, and the words and figures it was made from. */
export interface KeyedClaim {
  id: string;
  text: string;
  quantities: string;
  fields: StoredMatchFields;
}

/**
 * Stores the keys of many claims in one statement (matching's re-keying, a rematch batch), each only if the claim
 * still has the words and figures it was keyed from: an edit meanwhile stored its own, current key. One statement
 * rather than one per claim: 500 updates held a rematch batch's claims (and a verdict on any of them) for seconds on
 * a busy server. The caller holds the claims first, in id order (lockClaims). The rows travel as one JSON parameter.
 */
export async function writeMatchFields(tx: Tx, provider: DatabaseProvider, claims: KeyedClaim[]): Promise<void> {
  if (claims.length === 0) return;
  const rows = JSON.stringify(claims.map((c) => ({ id: c.id, text: c.text, quantities: c.quantities, ...c.fields })));
  const fromRows =
    provider === "postgresql"
      ? `json_to_recordset($1::json) AS v("id" text, "text" text, "quantities" text, "matchKey" text, "matchTerms" text)`
      : `(SELECT value ->> '$.id' AS "id", value ->> '$.text' AS "text", value ->> '$.quantities' AS "quantities",
          value ->> '$.matchKey' AS "matchKey", value ->> '$.matchTerms' AS "matchTerms" FROM json_each(?)) AS v`;
  await tx.$executeRawUnsafe(
    `UPDATE "Claim" SET "matchKey" = v."matchKey", "matchTerms" = v."matchTerms" FROM ${fromRows}
WHERE "Claim"."id" = v."id" AND "Claim"."text" = v."text" AND "Claim"."quantities" = v."quantities"`,
    rows,
  );
}
