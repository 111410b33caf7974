// The plan index (plan-index.ts) kept beside the store as one file, `<store>.answer-index`, so the
// first question after a restart loads it instead of rebuilding it from every row of 2,000 plans
// (seconds). Written after each build; read only when its generation matches the store's. Layout:
// u32 header length · header JSON (generation, texts, kinds, bigram keys and counts, targets) ·
// Int32 planId[] taskId[] refId[] · Int32 postings, concatenated in key order.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IndexedDoc, PlanIndex } from './plan-index.ts';

type Snapshot = Pick<PlanIndex, 'generation' | 'docs' | 'postings' | 'targets'>;

interface Header {
  generation: string;
  texts: string[];
  kinds: IndexedDoc['kind'][];
  keys: string[];
  counts: number[];
  targets: PlanIndex['targets'];
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
