/** Counting a run: files, documents, entities by type, errors, and the most frequent entities per type. */
import type { Entity } from '../../extract.js';

export interface EntityCount {
  type: string;
  key: string;
  text: string;
  id?: string;
  label?: string;
  count: number;
}

export class RunSummary {
  files = 0;
  documents = 0;
  errors = 0;
  skipped = 0;
  readonly byType = new Map<string, number>();
  private readonly entities = new Map<string, EntityCount>();
  private readonly started = performance.now();

  add(entities: readonly Entity[]): void {
    this.documents++;
    for (const e of entities) {
      this.byType.set(e.type, (this.byType.get(e.type) ?? 0) + 1);
      const key = `${e.type}\u0000${e.id ?? e.value ?? e.text}`;
      const c = this.entities.get(key);
      if (c) c.count++;
      else this.entities.set(key, { type: e.type, key: e.id ?? e.value ?? e.text, text: e.text, id: e.id, label: e.label, count: 1 });
    }
  }

  /** The `limit` most frequent entities of each type. */
  top(limit: number): Record<string, EntityCount[]> {
    const out: Record<string, EntityCount[]> = {};
    for (const c of this.entities.values()) (out[c.type] ??= []).push(c);
    for (const t of Object.keys(out)) out[t] = out[t].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, limit);
    return out;
  }

  line(): string {
    const secs = (performance.now() - this.started) / 1000;
    const types = [...this.byType].sort().map(([t, n]) => `${t} ${n}`).join(', ');
    const skipped = this.skipped ? `, ${this.skipped} skipped` : '';
    return `arner: ${this.files} files, ${this.documents} documents, entities: ${types || 'none'}; ${this.errors} errors${skipped}; ${secs.toFixed(1)}s`;
  }

  table(limit: number): string {
    const lines: string[] = [];
    for (const [type, list] of Object.entries(this.top(limit)).sort()) {
      lines.push(`${type}`);
      for (const c of list) lines.push(`  ${String(c.count).padStart(7)}  ${c.id ?? ''}${c.label ? ` (${c.label})` : ''}  ${c.text}`);
    }
    return lines.join('\n') + '\n';
  }
}
