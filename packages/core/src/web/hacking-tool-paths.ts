/**
 * Words that name hacking and surveillance tools when they appear in a URL's path
 * ("/download/keylogger-pro", "/tools/rootkit"). Host names alone miss tools fetched from
 * general-purpose sites (security news, file mirrors, forums), so the path is read too.
 *
 * Kept to words that have no everyday meaning in a path: "hack", "spy" and "crack" are left
 * out ("lifehacks", "spyglass", "crackers"), and so is "leak" ("data-leak-report" is news).
 * The ingest keeps the URL of every visit this matches (other visits keep only their host),
 * and feature building reads it back to classify the visit as hacking.
 */
export const HACKING_TOOL_PATH_WORDS: readonly string[] = [
  'keylog',
  'keystroke-log',
  'keystrokelog',
  'rootkit',
  'spyware',
  'stalkerware',
  'trojan',
  'backdoor',
  'exploit',
  'malware',
  'ransomware',
  'warez',
  'hacktool',
  'password-crack',
  'passwordcrack',
];

/**
 * The pattern as a regular expression source that both RE2 (DuckDB's regexp_matches, with
 * the 'i' option) and JavaScript accept: the scheme and host, then any path containing a word.
 */
export const HACKING_TOOL_PATH_PATTERN = `^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]+[/?#].*(${HACKING_TOOL_PATH_WORDS.join('|')})`;

const pattern = new RegExp(HACKING_TOOL_PATH_PATTERN, 'i');

/** Whether a URL's path (or query) names a hacking or surveillance tool. */
export function pathNamesHackingTool(url: string): boolean {
  return pattern.test(url);
}

/**
 * The same words in a downloaded page's text (CERT logs keep a page's words in `content`): a
 * download from a page that names two or more of them distinct times is a hacking tool, on
 * whatever host. One word alone is common in security news; two distinct ones on the page a file
 * came from are not.
 */
export const HACKING_TOOL_WORD_PATTERN = `(${HACKING_TOOL_PATH_WORDS.join('|')})`;

const word = new RegExp(HACKING_TOOL_WORD_PATTERN, 'gi');

/** Whether a page's text names at least two distinct hacking or surveillance tool words. */
export function pageNamesHackingTool(content: string): boolean {
  const found = new Set((content.match(word) ?? []).map((w) => w.toLowerCase()));
  return found.size >= 2;
}
