import { z } from "zod";
import { SOURCE_TYPES } from "./source-type-names";

export { SOURCE_TYPES };
export const SourceTypeSchema = z.enum(SOURCE_TYPES);
export type SourceType = z.infer<typeof SourceTypeSchema>;

/** A registry entry the caller may add (the app passes its database registry). */
export const RegistryEntrySchema = z.object({
  name: z.string().min(1),
  type: SourceTypeSchema,
  aliases: z.array(z.string().min(1)).default([]),
});
export type RegistryEntry = z.input<typeof RegistryEntrySchema>;
