/**
 * The lexicon entries of a snapshot, read in blocks as they are first looked up: a short document links a few
 * entries and should not pay for parsing eight thousand. Once a good share of the blocks has been read (a long run),
 * the rest are read too and the plain array replaces the lazy one, so steady-state lookups are plain indexing.
 */
import type { LexiconEntry } from '../lexicon/types.js';

/** An entry as saved: [id, type, subtype, ar, en, licensedBy or null]. Forms and origins are not kept. */
export type PackedEntry = [string, LexiconEntry['type'], string, string, string, string[] | null];

export const ENTRY_BLOCK = 128;

/** Once this share of the blocks is read, the run is long enough to read them all. */
const READ_ALL_SHARE = 0.25;

export function packEntry(e: LexiconEntry): PackedEntry {
  return [e.id, e.type, e.subtype, e.ar, e.en, e.licensedBy ?? null];
}

/** One origin and one (empty) form list for every snapshot entry: extraction reads neither (`arner lexicon …` compiles). */
const ORIGIN = Object.freeze({ file: 'snapshot', line: 0 });
const NO_FORMS = Object.freeze([]) as unknown as LexiconEntry['forms'];

function unpackEntry([id, type, subtype, ar, en, licensedBy]: PackedEntry): LexiconEntry {
  // `licensedBy` always present (undefined where none): every entry then has one hidden class, and the recognizers
  // that read entries are not deoptimized when the first entry with licenses turns up late in a run.
  return { id, type, subtype, ar, en, forms: NO_FORMS, origin: ORIGIN, licensedBy: licensedBy ?? undefined };
}

export class LazyEntries {
  private readonly target: LexiconEntry[];
  private readonly view: readonly LexiconEntry[];
  private readonly blocks: number;
  private blocksRead = 0;
  private complete: readonly LexiconEntry[] | undefined;

  constructor(
    readonly length: number,
    /** The JSON text of block `b`: an array of PackedEntry. */
    private readonly read: (b: number) => string,
  ) {
    this.target = new Array<LexiconEntry>(length);
    this.blocks = Math.ceil(length / ENTRY_BLOCK);
    // Index reads fill their block; anything that enumerates or tests presence (rare) reads every block first.
    const whole = () => this.readAll();
    this.view = new Proxy(this.target, {
      get: (target, prop, receiver) => {
        if (typeof prop === 'string') {
          const c = prop.charCodeAt(0);
          if (c >= 48 && c <= 57) {
            const i = Number(prop);
            if (i < length && target[i] === undefined) this.readBlock(Math.floor(i / ENTRY_BLOCK));
          }
        }
        return Reflect.get(target, prop, receiver);
      },
      has: (target, prop) => (whole(), Reflect.has(target, prop)),
      ownKeys: (target) => (whole(), Reflect.ownKeys(target)),
      getOwnPropertyDescriptor: (target, prop) => (whole(), Reflect.getOwnPropertyDescriptor(target, prop)),
    });
  }

  /** The entries: a lazy view while few have been read, the plain array afterwards. */
  get entries(): readonly LexiconEntry[] {
    return this.complete ?? this.view;
  }

  private readBlock(b: number): void {
    const packed = JSON.parse(this.read(b)) as PackedEntry[];
    for (let k = 0; k < packed.length; k++) this.target[b * ENTRY_BLOCK + k] = unpackEntry(packed[k]);
    if (++this.blocksRead >= this.blocks * READ_ALL_SHARE) this.readAll();
  }

  private readAll(): void {
    if (this.complete) return;
    // Set first: readBlock calls back here.
    this.complete = this.target;
    for (let b = 0; b < this.blocks; b++) if (this.target[b * ENTRY_BLOCK] === undefined) this.readBlock(b);
  }
}
