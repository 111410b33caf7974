// A temporary folder for one test body, removed afterwards whatever happens.
import { tempDir } from './fixtures.ts';

/** Runs `fn` in a fresh temporary folder and removes it after, also when `fn` throws. */
export async function inTempDir<T>(fn: (dir: string) => T | Promise<T>, prefix?: string): Promise<T> {
  const { dir, cleanup } = tempDir(prefix);
  try {
    return await fn(dir);
  } finally {
    cleanup();
  }
}
