// Characters a reader cannot see: C0 controls (keeping \t and \n), DEL and C1 controls, the soft
// hyphen, zero-width and bidi marks, word joiners and the BOM. They split words a matcher needs whole
// (推进\u200b中 is 推进中) and never carry meaning in a chat message or a question.
export const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/** The text without INVISIBLE characters (a `\r` goes too: normalise line ends first to keep it as `\n`). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
