// Sizes duban refuses past, in one place so the CLI, the import command and both adapters agree.

/** Largest plan file read (a .docx/.pdf/.txt plan is well under 1 MB; issue 6 "Bad input"). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Bytes as megabytes for a message: `12.3` (whole megabytes from the limit up: `10`). */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes >= MAX_FILE_BYTES ? 0 : 1);
}
