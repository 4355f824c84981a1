/**
 * A file of named lists of text parts (a trie's buckets, the entries' blocks): one JSON header line (metadata and
 * each list's byte offsets), then the parts, UTF-8. A reader reads the header, then each part only when asked for
 * it, by its position: a process pays for the parts it uses (a short run reads a few percent of the file), not for
 * the whole file.
 *
 * The reader keeps the file open, so a part read late in a long run comes from the file it started with even if a
 * build has since replaced it (`writePartsFile` replaces by renaming). A file rewritten in place under a running
 * process is detected (its size or modification time changed) and reading a part then fails rather than returning
 * another build's bytes.
 */
import { closeSync, fstatSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';

interface Header<M> {
  meta: M;
  /** For each list of n parts, its n + 1 byte offsets from the end of the header line. */
  parts: Record<string, number[]>;
}

export function writeParts<M>(meta: M, parts: ReadonlyMap<string, readonly string[]>): Buffer {
  const offsets: Record<string, number[]> = {};
  const bodies: Buffer[] = [];
  let at = 0;
  for (const [name, texts] of parts) {
    offsets[name] = [at];
    for (const text of texts) {
      const body = Buffer.from(text, 'utf8');
      bodies.push(body);
      at += body.length;
      offsets[name].push(at);
    }
  }
  const header: Header<M> = { meta, parts: offsets };
  return Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), ...bodies]);
}

/** Writes a new file beside `file` and renames it over: readers of the old one keep reading the old one. */
export function writePartsFile(file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}

/** The first read: enough for any header this project writes, usually in one go. */
const FIRST_READ = 64 * 1024;

/** Where a reader's bytes come from: a file it keeps open, or a buffer. */
interface Source {
  readonly label: string;
  readonly size: number;
  read(position: number, length: number): Buffer;
}

/** Closes a reader's file once the reader is garbage (tests open many; a CLI process one, for its whole life). */
const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
});

class FileSource implements Source {
  readonly size: number;
  private readonly mtimeMs: number;

  constructor(
    readonly fd: number,
    readonly label: string,
  ) {
    const stats = fstatSync(fd);
    this.size = stats.size;
    this.mtimeMs = stats.mtimeMs;
  }

  read(position: number, length: number): Buffer {
    const stats = fstatSync(this.fd);
    if (stats.size !== this.size || stats.mtimeMs !== this.mtimeMs) throw new Error(`${this.label} was rewritten while in use`);
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, buffer, done, length - done, position + done);
      if (n === 0) throw new Error(`${this.label}: truncated`);
      done += n;
    }
    return buffer;
  }
}

export class PartsReader<M> {
  readonly meta: M;
  private readonly offsets: Record<string, number[]>;
  private readonly base: number;

  private constructor(private readonly source: Source) {
    const { size, label } = source;
    let head = source.read(0, Math.min(FIRST_READ, size));
    let end = head.indexOf(10);
    while (end < 0 && head.length < size) {
      head = source.read(0, Math.min(head.length * 4, size));
      end = head.indexOf(10);
    }
    if (end < 0) throw new Error(`${label}: not a parts file (no header line)`);
    const header = JSON.parse(head.toString('utf8', 0, end)) as Header<M>;
    this.meta = header.meta;
    this.offsets = header.parts;
    this.base = end + 1;
  }

  /** The parts file at `file`, kept open; throws if it cannot be opened or read. */
  static open<M>(file: string): PartsReader<M> {
    const fd = openSync(file, 'r');
    try {
      const reader = new PartsReader<M>(new FileSource(fd, file));
      closer.register(reader, fd);
      return reader;
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  /** Parts already in memory (`writeParts`' result). */
  static from<M>(data: Buffer): PartsReader<M> {
    return new PartsReader<M>({ label: 'snapshot buffer', size: data.length, read: (position, length) => data.subarray(position, position + length) });
  }

  /** How many parts list `name` has (0 if none). */
  count(name: string): number {
    return Object.hasOwn(this.offsets, name) ? this.offsets[name].length - 1 : 0;
  }

  /** The text of part `index` of list `name`; a missing part is an error (a truncated or foreign file). */
  part(name: string, index = 0): string {
    if (index >= this.count(name)) throw new Error(`${this.source.label}: no part ${name}[${index}]`);
    const at = this.offsets[name];
    return this.source.read(this.base + at[index], at[index + 1] - at[index]).toString('utf8');
  }
}
