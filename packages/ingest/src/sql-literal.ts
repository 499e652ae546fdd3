import { HACKING_TOOL_PATH_PATTERN, HACKING_TOOL_WORD_PATTERN } from '@vigil/core';

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

/**
 * SQL for the URL a web event keeps. Visits keep only their host (the URL is most of the bytes
 * of a web log and nothing reads it back), except when the path names a hacking tool, which
 * the host alone would miss. Uploads and downloads keep theirs.
 */
export function keptUrl(urlColumn: string, activityColumn: string): string {
  const named = `regexp_matches(${urlColumn}, ${sqlString(HACKING_TOOL_PATH_PATTERN)}, 'i')`;
  return `CASE WHEN ${activityColumn} <> 'WWW Visit' OR ${named} THEN ${urlColumn} END`;
}

/**
 * SQL for what a web request did when the log does not say (r4.2 has no `activity` column): an
 * upload when a segment of the URL's path is `upload` or `uploads` (`/upload/…`, `upload.php`,
 * `/api/uploads?…`, the way upload endpoints are named), a download likewise for `download`,
 * otherwise a visit. Without it a release without the column has no uploads at all, and the
 * exfiltration to cloud storage of CERT scenario 5 reads as browsing.
 */
export function inferredWebActivity(urlColumn: string): string {
  const segment = (word: string) =>
    sqlString(`(?i)^[a-z][a-z0-9+.-]*://[^/?#]+/([^?#]*/)?${word}s?([/?#.]|$)`);
  // Nearly no URL holds "load" at all; finding that out with a plain substring search first
  // keeps the patterns off the millions of page views.
  return `CASE WHEN NOT (contains(${urlColumn}, 'load') OR contains(${urlColumn}, 'LOAD')) THEN 'WWW Visit'
    WHEN regexp_matches(${urlColumn}, ${segment('upload')}) THEN 'WWW Upload'
    WHEN regexp_matches(${urlColumn}, ${segment('download')}) THEN 'WWW Download' ELSE 'WWW Visit' END`;
}

/**
 * SQL for whether a download's page text names two or more distinct hacking-tool words
 * (`pageNamesHackingTool` in @vigil/core). Only downloads are read: matching every visit's text
 * would cost more than the rest of the ingest.
 */
export function downloadNamesTool(contentColumn: string, activityColumn: string): string {
  return `CASE WHEN ${activityColumn} = 'WWW Download' THEN len(list_distinct(regexp_extract_all(lower(${contentColumn}), ${sqlString(HACKING_TOOL_WORD_PATTERN)}, 1))) >= 2 END`;
}

/**
 * SQL for the text a sent e-mail keeps: only when a recipient's domain differs from the
 * sender's (mail leaving the organization, a small share of all mail), and only for sends.
 * Counting `@` against `@domain;` in the recipient lists is plain string work, several times
 * faster over millions of mails than splitting the lists. The lists are compared as written,
 * without lower-casing or removing spaces: a difference of case or spacing can only make a mail
 * look as if it left (its text kept for nothing), never hide one that leaves, and those two
 * passes over every mail's lists cost more than the rest of the test.
 */
export function keptMailText(
  contentColumn: string,
  senderColumn: string,
  recipientColumns: string[],
  activityColumn: string | null,
): string {
  // Each address ends in `;` so that `@agency.gov.evil.org` is not taken for `@agency.gov`.
  const recipients = `(${recipientColumns.map((c) => `coalesce(${c}, '')`).join(` || ';' || `)} || ';')`;
  const at = `('@' || split_part(${senderColumn}, '@', 2) || ';')`;
  const addresses = `(length(${recipients}) - length(replace(${recipients}, '@', '')))`;
  const inside = `((length(${recipients}) - length(replace(${recipients}, ${at}, ''))) // length(${at}))`;
  const sent = activityColumn ? `${activityColumn} = 'Send' AND ` : '';
  return `CASE WHEN ${sent}${addresses} > ${inside} THEN nullif(${contentColumn}, '') END`;
}
