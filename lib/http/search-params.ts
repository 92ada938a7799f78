/** A page's query string as one value per name (the first, when a name is repeated), as the filter schemas take it. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** A parsed filter back as query parameters: the values that are set, as text, without the page it was on. */
export function filterParams(filter: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([k, v]) => v !== undefined && v !== "" && k !== "page")
      .map(([k, v]) => [k, String(v)]),
  );
}

/** The address of page `page` of a list under `path` with these filter parameters. */
export const pageHref = (path: string, params: Record<string, string>, page: number) =>
  `${path}?${new URLSearchParams({ ...params, page: String(page) })}`;
