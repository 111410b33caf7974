// Shortening a text to a platform's limit (Discord 2,000 a message, 256 a title; Slack 3,000 a
// section; 100 an autocomplete choice): the last kept character becomes `…` so a reader sees the cut.

/** `s` itself when it fits in `max` characters, else its first max - 1 characters and `…`. */
export function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
