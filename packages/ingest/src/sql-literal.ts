/**
 * A SQL string literal. Used only where DuckDB takes no bound parameters (table-function
 * arguments such as a CSV path, struct keys); values from records always go through
 * parameters.
 */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** SQL for the host of a URL, lower-cased and without a leading `www.`: what web categories key on. */
export function hostOf(urlColumn: string): string {
  return `coalesce(regexp_replace(lower(regexp_extract(${urlColumn}, '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)', 1)), '^www[0-9]*\\.', ''), '')`;
}
