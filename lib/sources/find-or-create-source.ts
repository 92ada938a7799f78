import { z } from "zod";
import { typedText } from "@/lib/input/typed-text";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { SourceTypeSchema } from "@/lib/extract";
import { normalizeName } from "@/lib/extract/sources/normalize-name";
import { findSourceIdByName } from "./find-source-id-by-name";
import { SOURCE_NAME_MAX } from "./source-limits";

export const NewSourceSchema = z.object({
  name: typedText("Give the source a name.")
    .min(2, "Give the source a name.")
    .max(SOURCE_NAME_MAX, "Keep the name under 200 characters."),
  type: SourceTypeSchema,
  aliases: z
    .array(typedText().min(2, "An alias needs two characters or more.").max(200, "Keep an alias under 200 characters."))
    .max(20, "At most 20 aliases at a time.")
    .default([]),
});
export type NewSource = z.input<typeof NewSourceSchema>;

/**
 * The registry entry a name already stands for (by its name or any alias, German case forms folded), or a new one
 * with the given type and aliases. An alias that already names another source is refused, not silently moved.
 */
export async function findOrCreateSource(tx: Tx, input: z.output<typeof NewSourceSchema>): Promise<string> {
  if (!normalizeName(input.name)) throw new AppError("invalid_input", "Give the source a name.", "name");
  const id =
    (await findSourceIdByName(tx, input.name)) ??
    (await tx.source.create({ data: { name: input.name, type: input.type }, select: { id: true } })).id;
  for (const alias of [input.name, ...input.aliases]) {
    const key = normalizeName(alias);
    if (!key) continue;
    const taken = await tx.sourceAlias.findUnique({
      where: { normalized: key },
      select: { sourceId: true, source: { select: { name: true } } },
    });
    if (!taken) await tx.sourceAlias.create({ data: { sourceId: id, alias, normalized: key } });
    else if (taken.sourceId !== id) {
      throw new AppError("invalid_input", `“${alias}” already names ${taken.source.name}.`, "aliases");
    }
  }
  return id;
}
