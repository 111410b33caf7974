// A store that cannot be opened says which file and why, not SQLite's bare `unable to open
// database file` (issue 13, console and CLI rough edges).
import { describe, expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.ts';
import { tempDir } from '../support/fixtures.ts';

describe('openStore errors', () => {
  test('GIVEN a folder as the store path THEN the message names it and says it is a folder', () => {
    const { dir, cleanup } = tempDir('duban-open-');
    try {
      expect(() => openStore(dir)).toThrow(`cannot open the store ${dir}: that is a folder`);
    } finally {
      cleanup();
    }
  });

  test('GIVEN a store path under a plain file THEN the message names the path and the file that is not a folder', () => {
    const { dir, cleanup } = tempDir('duban-open-');
    try {
      const notFolder = join(dir, 'notes.txt');
      writeFileSync(notFolder, 'x');
      const path = join(notFolder, 'duban.sqlite');
      expect(() => openStore(path)).toThrow(`cannot open the store ${path}: ${notFolder} is not a folder`);
    } finally {
      cleanup();
    }
  });
});
