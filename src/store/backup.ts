// `duban backup`: a consistent copy of the live store while the bot keeps writing (issue 6 "Backup").
// SQLite's online backup API through better-sqlite3's db.backup(); never a file copy, which can
// catch the main file and its -wal half-way through a checkpoint.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface BackupResult {
  source: string;
  target: string;
  bytes: number;
  pages: number;
  ms: number;
  /** `PRAGMA integrity_check` of the copy: 'ok' or the first problem SQLite reports. */
  integrity: string;
}

export class BackupError extends Error {
  constructor(
    readonly code: 'source_missing' | 'target_exists' | 'same_file' | 'integrity_failed',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/**
 * Copies the store at `source` into `target`. The copy is written to a temporary file next to the
 * target and renamed into place only once it passed `integrity_check`, so a failed or interrupted
 * backup never leaves a half-written file under the target's name (nor destroys an older backup).
 */
export async function backupStore(source: string, target: string, opts: { force?: boolean } = {}): Promise<BackupResult> {
  const src = resolve(source);
  const dst = resolve(target);
  if (!existsSync(src)) throw new BackupError('source_missing', `no store at ${src}`);
  if (src === dst) throw new BackupError('same_file', `the backup file must differ from the store (${src})`);
  if (existsSync(dst) && !opts.force) throw new BackupError('target_exists', `${dst} exists; pass --force to overwrite it`);

  const started = performance.now();
  const tmp = join(dirname(dst), `.${basename(dst)}.${process.pid}.${Date.now()}.tmp`);
  // A connection of its own: the backup reads a snapshot while the bot's writer keeps committing (WAL).
  const db = new Database(src, { readonly: true, fileMustExist: true });
  let pages = 0;
  try {
    db.pragma('busy_timeout = 5000');
    const progress = await db.backup(tmp, {
      // All remaining pages in one step: one read transaction, one snapshot. With the default 100
      // pages a step, every commit by another connection between steps restarts the copy, and a
      // busy bot could keep a large backup from ever finishing.
      progress: () => 0x7fffffff,
    });
    pages = progress.totalPages;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    db.close();
  }

  let integrity = 'not checked';
  try {
    const copy = new Database(tmp, { fileMustExist: true });
    try {
      // The copy inherits WAL from the source header; a backup should be one self-contained file.
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    integrity = checkIntegrity(tmp);
    if (integrity !== 'ok') throw new BackupError('integrity_failed', `the copy failed integrity_check: ${integrity}`);
    renameSync(tmp, dst);
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-wal`, { force: true });
    rmSync(`${tmp}-shm`, { force: true });
  }
  return { source: src, target: dst, bytes: statSync(dst).size, pages, ms: performance.now() - started, integrity };
}

/** `PRAGMA integrity_check` of a store file, read-only: 'ok', or SQLite's findings joined by '; '. */
export function checkIntegrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}
