// The trust suites test other engineers' modules that land during the day. Until a module's file
// exists its suite is skipped (named in the output); once the file exists it is imported normally,
// so a broken module fails loudly instead of skipping.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './spawn.ts';

export async function importIfPresent<T>(relative: string): Promise<T | null> {
  const file = join(ROOT, relative);
  if (!existsSync(file)) return null;
  return (await import(pathToFileURL(file).href)) as T;
}
