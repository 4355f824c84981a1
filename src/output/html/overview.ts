/**
 * The report's overview: small aggregates kept while records stream past (counts per entity, co-occurring pairs,
 * mentions per month). Never the documents themselves.
 */
import type { Entity } from '../../extract.js';
import type { EntityType } from '../../lexicon/types.js';

/** The key the report files a mention under: its linked id, else its type with its ISO value (dates) or text. */
export function entityKey(e: Entity): string {
  if (e.id) return e.id;
  if ((e.type === 'DATE' || e.type === 'TIME') && e.value) return `${e.type}:${e.value}`;
  return `${e.type}:${e.text}`;
}

/** `YYYY-MM` for a DATE resolved at day or month grain, else undefined (years, unknown parts written X). */
export function monthOf(e: Entity): string | undefined {
  if (e.type !== 'DATE' || (e.grain !== 'day' && e.grain !== 'month') || !e.value) return undefined;
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(e.value);
  return m ? `${m[1]}-${m[2]}` : undefined;
}

/** Pairs of these types are counted as co-occurring; dates co-occur with everything and would drown the rest. */
const PAIR_TYPES: ReadonlySet<EntityType> = new Set(['PER', 'LOC', 'ORG', 'NORP']);
/** At most this many entities of one document enter the pair counts (its most mentioned ones). */
const MAX_PAIR_KEYS_PER_DOC = 40;
/** The pair table is pruned (the rarest pairs dropped) when it grows past this; the top pairs are unaffected. */
const MAX_PAIRS = 60_000;
const MAX_SURFACES = 8;

export interface EntityStat {
  key: string;
  type: EntityType;
  label?: string;
  /** The most frequent surface form. */
  name: string;
  mentions: number;
  documents: number;
}

export interface PairStat {
  a: EntityStat;
  b: EntityStat;
  documents: number;
}

export class OverviewStats {
  documents = 0;
  errors = 0;
  mentions = 0;
  readonly byType = new Map<EntityType, number>();
  readonly months = new Map<string, number>();
  private readonly entities = new Map<string, { type: EntityType; label?: string; subtype?: string; mentions: number; documents: number; surfaces: [text: string, count: number][] }>();
  private readonly pairs = new Map<string, number>();
  /** True once the pair table was pruned: pair counts below the pruning level may be missing. */
  pairsPruned = false;

  addError(): void {
    this.errors++;
  }

  addDocument(entities: readonly Entity[]): void {
    this.documents++;
    const inDoc = new Map<string, number>();
    for (const e of entities) {
      this.mentions++;
      this.byType.set(e.type, (this.byType.get(e.type) ?? 0) + 1);
      const key = entityKey(e);
      let s = this.entities.get(key);
      if (!s) this.entities.set(key, (s = { type: e.type, label: e.label, subtype: e.subtype, mentions: 0, documents: 0, surfaces: [] }));
      s.mentions++;
      if (!inDoc.has(key)) s.documents++;
      inDoc.set(key, (inDoc.get(key) ?? 0) + 1);
      const surface = s.surfaces.find((x) => x[0] === e.text);
      if (surface) surface[1]++;
      else if (s.surfaces.length < MAX_SURFACES) s.surfaces.push([e.text, 1]);
      const month = monthOf(e);
      if (month) this.months.set(month, (this.months.get(month) ?? 0) + 1);
    }
    const pairKeys = [...inDoc]
      .filter(([k]) => PAIR_TYPES.has(this.entities.get(k)!.type))
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, MAX_PAIR_KEYS_PER_DOC)
      .map(([k]) => k)
      .sort();
    for (let i = 0; i < pairKeys.length; i++) {
      for (let j = i + 1; j < pairKeys.length; j++) {
        const pair = pairKeys[i] + '\u0000' + pairKeys[j];
        this.pairs.set(pair, (this.pairs.get(pair) ?? 0) + 1);
      }
    }
    if (this.pairs.size > MAX_PAIRS) this.prunePairs();
  }

  /** Drops the least frequent pairs until the table is at most 70% full. */
  private prunePairs(): void {
    this.pairsPruned = true;
    for (let level = 1; this.pairs.size > MAX_PAIRS * 0.7; level++) {
      for (const [k, n] of this.pairs) if (n <= level) this.pairs.delete(k);
    }
  }

  private stat(key: string): EntityStat {
    const s = this.entities.get(key)!;
    let name = key;
    let best = 0;
    for (const [text, n] of s.surfaces) if (n > best) [name, best] = [text, n];
    return { key, type: s.type, label: s.label, name, mentions: s.mentions, documents: s.documents };
  }

  /** Each linked entity's English label and subtype, for the mentions' popovers (written once, not per mention). */
  dictionary(): Record<string, [label: string, subtype: string]> {
    const out: Record<string, [string, string]> = {};
    for (const [key, s] of this.entities) if (s.label || s.subtype) out[key] = [s.label ?? '', s.subtype ?? ''];
    return out;
  }

  /** The most mentioned entities of a type (ties: in more documents, then by key). */
  top(type: EntityType, n: number): EntityStat[] {
    return [...this.entities]
      .filter(([, s]) => s.type === type)
      .sort(([ka, a], [kb, b]) => b.mentions - a.mentions || b.documents - a.documents || (ka < kb ? -1 : 1))
      .slice(0, n)
      .map(([k]) => this.stat(k));
  }

  /** The pairs of entities found together in the most documents. */
  topPairs(n: number): PairStat[] {
    return [...this.pairs]
      .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : 1))
      .slice(0, n)
      .map(([k, documents]) => {
        const [a, b] = k.split('\u0000');
        return { a: this.stat(a), b: this.stat(b), documents };
      });
  }

  /** Months in order; gaps filled with zero when the span is at most `maxSpan` months, else only the months seen. */
  timeline(maxSpan = 240): { month: string; mentions: number }[] {
    const seen = [...this.months.keys()].sort();
    if (seen.length === 0) return [];
    const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
    const first = index(seen[0]);
    const last = index(seen[seen.length - 1]);
    if (last - first + 1 > maxSpan) return seen.map((month) => ({ month, mentions: this.months.get(month)! }));
    const out: { month: string; mentions: number }[] = [];
    for (let i = first; i <= last; i++) {
      const month = `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
      out.push({ month, mentions: this.months.get(month) ?? 0 });
    }
    return out;
  }
}
