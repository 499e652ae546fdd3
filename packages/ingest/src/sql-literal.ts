/**
 * A SQL string literal. Used only where DuckDB takes no bound parameters (table-function
 * arguments such as a CSV path, struct keys); values from records always go through
 * parameters.
 */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
