/**
 * `--format conll`: arner's output as token-per-line CoNLL with IOB2 tags, for researchers who compare taggers on
 * the same tokens. Tokens are the document's whitespace-separated words (as in the corpora arner is scored on); a
 * token is tagged with the first mention it overlaps; a line break in the text ends a sentence (blank line).
 */
import type { Entity } from '../extract.js';
import { isErrorRecord, type OutputRecord } from './record.js';
import type { Printer } from './printers.js';

export function conllLines(text: string, entities: readonly Entity[]): string {
  const out: string[] = [];
  let e = 0;
  let previous: Entity | undefined;
  const word = /\S+|\n/g;
  let pendingBreak = false;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (m[0] === '\n') {
      pendingBreak = out.length > 0;
      previous = undefined;
      continue;
    }
    if (pendingBreak) {
      out.push('');
      pendingBreak = false;
    }
    const start = m.index;
    const end = start + m[0].length;
    while (e < entities.length && entities[e].end <= start) e++;
    const hit = e < entities.length && entities[e].start < end ? entities[e] : undefined;
    const tag = !hit ? 'O' : `${hit === previous ? 'I' : 'B'}-${hit.type}`;
    out.push(`${m[0]}\t${tag}`);
    previous = hit;
  }
  return out.length ? out.join('\n') + '\n\n' : '';
}

export function conllPrinter(): Printer {
  return {
    begin: () => '',
    record: (r: OutputRecord) => {
      if (isErrorRecord(r)) return `# ${r.source}${r.line !== undefined ? `:${r.line}` : ''}: ${r.error}\n\n`;
      const header = `# ${r.source}${r.id !== undefined ? ` id=${String(r.id)}` : ''}${r.line !== undefined ? ` line=${r.line}` : ''}\n`;
      return header + conllLines(r.text ?? '', r.entities);
    },
    end: () => '',
  };
}
