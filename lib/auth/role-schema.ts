import { z } from "zod";
import { ROLES } from "./roles";

/** A role as the API, the forms and the CLI accept it, refused with the roles there are. */
export const RoleSchema = z.enum(ROLES, { error: "Choose a role: admin, editor, factchecker or viewer." });
