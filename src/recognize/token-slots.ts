/**
 * Per-document facts about tokens, kept in typed arrays that outlive the document: for each token (and each of a few
 * readings of it), the stamp of the document that wrote the entry and an index into that document's own list. A
 * document's objects stay in its own young list, not in an old array that would keep them alive through a collection;
 * and no array of the tokens' length is made per document (the date views' two and the rule context's two were an
 * eighth of the bytes a document allocated: 234 → 206 MB per 10 MB of news). A document of more than SHARED_MAX
 * tokens gets arrays of its own.
 */
const SHARED_MAX = 1 << 16;

export class TokenSlots {
  private stamps = new Int32Array(0);
  private slots = new Int32Array(0);
  private lastStamp = 0;

  /** `readings`: entries per token. */
  constructor(private readonly readings: number) {}

  /** Slots for a document of `tokens` tokens: these, or new ones for a very long document; and its stamp. */
  begin(tokens: number): StampedSlots {
    const slots = tokens <= SHARED_MAX ? this : new TokenSlots(this.readings);
    const size = tokens * this.readings;
    if (slots.stamps.length < size) {
      slots.stamps = new Int32Array(Math.max(size, 2 * slots.stamps.length));
      slots.slots = new Int32Array(slots.stamps.length);
    }
    if (slots.lastStamp === 0x7fffffff) {
      slots.stamps.fill(0);
      slots.lastStamp = 0;
    }
    return { slots, stamp: ++slots.lastStamp };
  }

  /** The index kept for `key` (token × readings + reading) by the document stamped `stamp`, or -1. */
  find(stamp: number, key: number): number {
    return this.stamps[key] === stamp ? this.slots[key] : -1;
  }

  /** Whether no document has begun since the one stamped `stamp`: its entries are all still there. */
  isLatest(stamp: number): boolean {
    return stamp === this.lastStamp;
  }

  keep(stamp: number, key: number, index: number): void {
    this.stamps[key] = stamp;
    this.slots[key] = index;
  }
}

/** A document's use of a TokenSlots. */
export interface StampedSlots {
  slots: TokenSlots;
  stamp: number;
}
