// Loads a domain module that another engineer is still building, by its documented path. Until it
// lands the command answers `not_ready` instead of failing to compile; each caller switches to a
// static import when the module exists (then this file goes).
import { DubanError } from '../../src/core/errors.ts';

export async function loadPending<T>(url: URL, what: string): Promise<T> {
  try {
    return (await import(url.href)) as T;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module/.test(String((err as Error).message))) {
      throw new DubanError('not_ready', what, { cause: err });
    }
    throw err;
  }
}
