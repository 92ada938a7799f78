import type { DatabaseProvider } from "./database-url";

/**
 * A list of ids as one JSON parameter, read as rows in SQL (`… IN (${idListSql(provider, "$1")})`): SQLite allows 999
 * parameters, and a newsroom filter or a repair can name tens of thousands of rows. `placeholder` is the engine's
 * ("$n" on PostgreSQL, "?" on SQLite); the parameter is `JSON.stringify(ids)`.
 */
export const idListSql = (provider: DatabaseProvider, placeholder: string): string =>
  provider === "postgresql"
    ? `SELECT json_array_elements_text(${placeholder}::json)`
    : `SELECT value FROM json_each(${placeholder})`;
