/** Counting a run: files, documents, entities by type, errors, and the most frequent entities per type. */
import type { Entity } from '../../extract.js';
import { ownString } from '../../text/own-string.js';

export interface EntityCount {
  type: string;
  /** The entity's id, value or text: what is counted as one entity (with the type). */
  key: string;
  text: string;
  id?: string;
  label?: string;
  count: number;
}

/** Distinct entities counted before the rarest are forgotten (a few tens of MB at most). */
const MAX_KEYS = 200_000;

export class RunSummary {
  files = 0;
  documents = 0;
  errors = 0;
  skipped = 0;
  readonly byType = new Map<string, number>();
  private readonly entities = new Map<string, EntityCount>();
  /** Monotonic, and without `performance`, whose first use loads perf_hooks at startup. */
  private readonly started = process.hrtime.bigint();

  /** `detailed`: count each entity (for `stats` and `--summary`); otherwise only totals by type. */
  constructor(private readonly detailed = false) {}

  /** Whether each entity is counted (then a batch brings its tally), not only the totals by type. */
  get needsEntities(): boolean {
    return this.detailed;
  }

  add(entities: readonly Entity[]): void {
    this.documents++;
    for (const e of entities) this.byType.set(e.type, (this.byType.get(e.type) ?? 0) + 1);
    if (this.detailed) this.merge(tallyEntities(entities).values());
  }

  /** A batch of documents a worker counted: totals by type, and each entity's count when the summary is detailed. */
  addBatch(documents: number, byType: Readonly<Record<string, number>>, tally: readonly EntityCount[] | undefined): void {
    if (this.detailed && !tally) throw new Error('a detailed summary needs the entities counted');
    this.documents += documents;
    for (const [type, n] of Object.entries(byType)) this.byType.set(type, (this.byType.get(type) ?? 0) + n);
    if (tally) this.merge(tally);
  }

  /** Counts of entities, in the order they were first seen (the first mention's text is the one shown). */
  private merge(tally: Iterable<EntityCount>): void {
    for (const t of tally) {
      const key = `${t.type}\u0000${t.key}`;
      const c = this.entities.get(key);
      if (c) c.count += t.count;
      else {
        this.entities.set(key, { ...t });
        if (this.entities.size > MAX_KEYS) this.prune();
      }
    }
  }

  /** Bounded memory on endless streams: entities seen once are forgotten when the table grows too large. */
  private prune(): void {
    for (const [k, c] of this.entities) if (c.count <= 1) this.entities.delete(k);
  }

  /** The `limit` most frequent entities of each type. */
  top(limit: number): Record<string, EntityCount[]> {
    const out: Record<string, EntityCount[]> = {};
    for (const c of this.entities.values()) (out[c.type] ??= []).push(c);
    for (const t of Object.keys(out)) out[t] = out[t].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, limit);
    return out;
  }

  line(): string {
    const secs = Number(process.hrtime.bigint() - this.started) / 1e9;
    const types = [...this.byType].sort().map(([t, n]) => `${t} ${n}`).join(', ');
    const skipped = this.skipped ? `, ${this.skipped} skipped` : '';
    return `arner: ${this.files} files, ${this.documents} documents, entities: ${types || 'none'}; ${this.errors} errors${skipped}; ${secs.toFixed(1)}s`;
  }

  table(limit: number): string {
    const lines: string[] = [];
    for (const [type, list] of Object.entries(this.top(limit)).sort()) {
      lines.push(`${type}`);
      for (const c of list) lines.push(`  ${String(c.count).padStart(7)}  ${identityOf(c)}  ${c.text}`);
    }
    return lines.join('\n') + '\n';
  }
}

/**
 * What a table row says an entity is: its id and label, or for a date its value (مارس/آذار الماضي is one row per
 * month it resolved to, and without the value they read as one row repeated); nothing more for a name not linked.
 */
function identityOf(c: EntityCount): string {
  if (c.id !== undefined) return `${c.id}${c.label ? ` (${c.label})` : ''}`;
  return c.key !== c.text ? c.key : '';
}

/** One document's or one batch's entities counted by type and name, in the order first seen. */
export function tallyEntities(entities: readonly Entity[], into = new Map<string, EntityCount>()): Map<string, EntityCount> {
  for (const e of entities) {
    const name = e.id ?? e.value ?? e.text;
    const key = `${e.type}\u0000${name}`;
    const c = into.get(key);
    if (c) c.count++;
    // A mention's text is a slice of its document, and the key may be made of it: copied, so that keeping them does
    // not keep the document alive.
    else into.set(ownString(key), { type: e.type, key: ownString(name), text: ownString(e.text), id: e.id, label: e.label, count: 1 });
  }
  return into;
}
