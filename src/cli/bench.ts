// `duban bench`: not built yet; the issue that owns it replaces this file.
export async function run(_argv: string[]): Promise<number> {
  console.error('duban bench: not available yet');
  return 2;
}
