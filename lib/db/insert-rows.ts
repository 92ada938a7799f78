import type { DatabaseProvider } from "./database-url";
import type { Tx } from "./client";

export type RowValue = string | number | boolean | Date | null;

/**
 * Parameters per statement: SQLite builds have allowed as few as 999. A statement of many rows is one prepare and one
 * round trip for all of them.
 */
const MAX_PARAMETERS = 999;

/**
 * Inserts rows of one table with plain multi-row INSERT statements, in the caller's transaction. For bulk writes only
 * (an article's claims, citations and events at ingest, its claims' links after matching): Prisma's createMany spends
 * about 20 times as long as SQLite does on such rows (238 claims: ~150 ms, of which ~10 ms in the database; the rest
 * is building and encoding the query). `ignoreDuplicates`: a row whose key is taken already is left out, not an
 * error. The caller gives every column Prisma would fill in itself (id, createdAt, updatedAt); the database fills its
 * own defaults. The first row names the columns: a column another row lacks is written as null, one only another row
 * has is an error.
 */
export async function insertRows(
  tx: Tx,
  provider: DatabaseProvider,
  table: string,
  rows: Record<string, RowValue>[],
  { ignoreDuplicates = false } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  if (![table, ...columns].every((name) => /^[A-Za-z][A-Za-z0-9_]*$/.test(name)))
    throw new Error(`insertRows: unexpected name in ${table}(${columns.join(", ")})`);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: RowValue[] = [];
    const values = chunk.map((row) => {
      if (Object.keys(row).some((key) => !columns.includes(key)))
        throw new Error(`insertRows: a row of ${table} has a column the first row lacks`);
      const cells = columns.map((c) => {
        params.push(row[c] ?? null);
        return provider === "postgresql" ? `$${params.length}` : "?";
      });
      return `(${cells.join(", ")})`;
    });
    const tail = ignoreDuplicates ? " ON CONFLICT DO NOTHING" : "";
    await tx.$executeRawUnsafe(head + values.join(", ") + tail, ...params);
  }
}
