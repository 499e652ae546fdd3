/**
 * SQL for whether a row of the file log (alias `f`) is an executable: by extension, or by the
 * PE magic number that CERT puts first in `content`. Features count them per user-day, and alert
 * leads name who wrote them on someone else's PC.
 */
export function isExecutableFile(alias: string): string {
  return `(regexp_matches(lower(${alias}.filename), '\\.(exe|dll|scr|bat|cmd|ps1|vbs|js|jar|msi|com|sys)$')
          OR starts_with(coalesce(${alias}.content, ''), '4D-5A'))`;
}
