/**
 * A file of named text parts: one JSON header line (metadata and each part's byte range), then the parts, UTF-8.
 * Opening it is one read into a Buffer; a part is decoded only when asked for, so a process pays for the parts it
 * uses, not for the whole file.
 */

interface Header<M> {
  meta: M;
  /** Byte ranges from the end of the header line. */
  parts: Record<string, [number, number]>;
}

export function writeParts<M>(meta: M, parts: ReadonlyMap<string, string>): Buffer {
  const ranges: Record<string, [number, number]> = {};
  const bodies: Buffer[] = [];
  let at = 0;
  for (const [name, text] of parts) {
    const body = Buffer.from(text, 'utf8');
    ranges[name] = [at, at + body.length];
    bodies.push(body);
    at += body.length;
  }
  const header: Header<M> = { meta, parts: ranges };
  return Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), ...bodies]);
}

export class PartsReader<M> {
  readonly meta: M;
  private readonly ranges: Record<string, [number, number]>;
  private readonly base: number;

  constructor(private readonly data: Buffer) {
    const end = data.indexOf(10);
    if (end < 0) throw new Error('not a parts file: no header line');
    const header = JSON.parse(data.toString('utf8', 0, end)) as Header<M>;
    this.meta = header.meta;
    this.ranges = header.parts;
    this.base = end + 1;
  }

  has(name: string): boolean {
    return Object.hasOwn(this.ranges, name);
  }

  /** The text of a part; a missing part is an error (a truncated or foreign file). */
  part(name: string): string {
    const range = this.ranges[name];
    if (!range) throw new Error(`missing part ${name}`);
    return this.data.toString('utf8', this.base + range[0], this.base + range[1]);
  }
}
