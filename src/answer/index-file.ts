// The plan index (plan-index.ts) kept beside the store as one file, `<store>.answer-index`, so the
// first question after a restart loads it instead of rebuilding it from every row of 2,000 plans
// (seconds). Written after each build; read only when its generation matches the store's. Layout:
// u32 header length · header JSON (generation, texts, kinds, bigram keys and counts, targets) ·
// Int32 planId[] taskId[] refId[] · Int32 postings, concatenated in key order.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SearchHit } from '../store/plan-reader.ts';
import type { StoredTarget } from '../store/rows.ts';

export interface IndexedDoc {
  text: string; // matchKey()ed
  kind: SearchHit['kind'];
  planId: number;
  taskId: number;
  refId: number | null;
}

/** key: the target's own words; context: its task's title and body (数据中心 … PUE低于1.3 says 数据中心 only in the body). */
export type IndexedTarget = StoredTarget & { key: string; context: string };

/** What plan-index.ts builds from the rows and this file stores. */
export interface Snapshot {
  generation: string;
  docs: IndexedDoc[];
  postings: Map<string, Int32Array>;
  targets: IndexedTarget[];
}

interface Header {
  generation: string;
  texts: string[];
  kinds: IndexedDoc['kind'][];
  keys: string[];
  counts: number[];
  targets: IndexedTarget[];
}

export function writeIndexFile(path: string, index: Snapshot): void {
  const keys = [...index.postings.keys()];
  const header: Header = {
    generation: index.generation,
    texts: index.docs.map((d) => d.text),
    kinds: index.docs.map((d) => d.kind),
    keys,
    counts: keys.map((k) => index.postings.get(k)!.length),
    targets: index.targets,
  };
  const json = Buffer.from(JSON.stringify(header));
  const n = index.docs.length;
  const ids = new Int32Array(n * 3);
  index.docs.forEach((d, i) => {
    ids[i] = d.planId;
    ids[n + i] = d.taskId;
    ids[2 * n + i] = d.refId ?? -1;
  });
  const parts: Buffer[] = [Buffer.alloc(4), json, Buffer.from(ids.buffer)];
  parts[0]!.writeUInt32LE(json.length);
  for (const k of keys) {
    const list = index.postings.get(k)!;
    parts.push(Buffer.from(list.buffer, list.byteOffset, list.byteLength));
  }
  // Written aside, then renamed: a reader never sees half a file.
  writeFileSync(`${path}.tmp`, Buffer.concat(parts));
  renameSync(`${path}.tmp`, path);
}

/** The stored index if it is of this generation, else null (missing, stale or unreadable). */
export function readIndexFile(path: string, generation: string): Snapshot | null {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return null;
  }
  try {
    const len = buf.readUInt32LE(0);
    const header = JSON.parse(buf.subarray(4, 4 + len).toString('utf8')) as Header;
    if (header.generation !== generation) return null;
    const n = header.texts.length;
    // Copied into an aligned buffer: the header's length leaves the ints at any byte offset.
    const rest = new Int32Array(new Uint8Array(buf.subarray(4 + len)).buffer);
    const docs: IndexedDoc[] = header.texts.map((text, i) => ({
      text, kind: header.kinds[i]!, planId: rest[i]!, taskId: rest[n + i]!, refId: rest[2 * n + i]! < 0 ? null : rest[2 * n + i]!,
    }));
    const postings = new Map<string, Int32Array>();
    let at = 3 * n;
    header.keys.forEach((k, i) => {
      postings.set(k, rest.subarray(at, at + header.counts[i]!));
      at += header.counts[i]!;
    });
    return { generation, docs, postings, targets: header.targets };
  } catch {
    return null;
  }
}
