/** The token is the last path segment of the link in the message; a pasted link or the bare code both work. */
export function campaignToken(pasted: string): string {
  const trimmed = pasted.trim();
  const last =
    trimmed
      .replace(/[?#].*$/, '')
      .split('/')
      .filter(Boolean)
      .pop() ?? '';
  return /^[A-Za-z0-9_-]{20,64}$/.test(last) ? last : trimmed;
}
