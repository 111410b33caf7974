// Line ends and splitting a long text into messages at line ends (Discord 2,000 a message, Slack
// 3,000 a section text): a reader sees whole lines, and only a line longer than the limit is cut.

/** `\r\n` (Windows, Slack on Windows) and a lone `\r` (old Mac files) → `\n`. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Splits `text` at line ends into pieces of at most `max` characters; a longer line is hard-cut into
 * `max`-sized pieces. An empty text gives one empty piece.
 */
export function splitAtLines(text: string, max: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    let rest = line;
    while (rest.length > max) {
      if (current) parts.push(current), (current = '');
      parts.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    const joined = current ? `${current}\n${rest}` : rest;
    if (joined.length > max) {
      parts.push(current);
      current = rest;
    } else current = joined;
  }
  if (current || parts.length === 0) parts.push(current);
  return parts;
}
