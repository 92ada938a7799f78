import { z } from "zod";
import { CLAIM_STATUSES } from "./claim-status";

/** A status as the API, the filters and the verbs accept it, refused with the statuses there are. */
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES, { error: `Choose a status: ${CLAIM_STATUSES.join(", ")}.` });
