/**
 * `--format inline`: each document's text with its mentions coloured by type, for reading one article on a terminal.
 * Without colour (chalk level 0: not a TTY, NO_COLOR, --no-color) a mention is written `[PER إيمانويل ماكرون]`.
 */
import type { ChalkInstance } from 'chalk';
import type { Entity } from '../extract.js';
import type { EntityType } from '../lexicon/types.js';
import { typeColors, type Printer } from './printers.js';
import { isErrorRecord, type DocumentRecord } from './record.js';
import { TYPE_STYLES } from './html/style.js';
import { docTitle } from './html.js';

const TYPE_ORDER: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'NORP', 'DATE', 'TIME'];

/** Control characters could drive the terminal (escape sequences); they are shown as U+FFFD. CRLF becomes LF. */
function safe(s: string): string {
  return s.replace(/\r\n/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');
}

export function inlinePrinter(chalk: ChalkInstance): Printer {
  const colors = typeColors(chalk);
  const plain = chalk.level === 0;
  const mention = (e: Entity, text: string): string =>
    plain ? `[${e.type} ${safe(text)}]` : colors[e.type](chalk.bold(safe(text)));
  return {
    begin: () => {
      const items = TYPE_ORDER.map((t) => (plain ? `${t} ${TYPE_STYLES[t].en}` : colors[t](chalk.bold(`${t} ${TYPE_STYLES[t].en}`))));
      return (plain ? 'Mentions are marked [TYPE text]: ' : chalk.dim('Mentions by colour: ')) + items.join(plain ? ', ' : '  ') + '\n\n';
    },
    record: (r) => {
      const title = safe(docTitle(r));
      if (isErrorRecord(r)) return chalk.red(`${title}: ${safe(r.error)}`) + '\n\n';
      const head = chalk.bold(title) + chalk.dim(`  (${r.entities.length} entities, reference date ${r.refDate})`) + '\n';
      const text = (r as DocumentRecord & { text?: string }).text;
      if (typeof text !== 'string') {
        // Without the text: the mentions one per line.
        return head + r.entities.map((e) => `  ${mention(e, e.text)}${e.id ? chalk.dim(`  ${e.id}`) : e.value ? chalk.dim(`  ${e.value}`) : ''}\n`).join('') + '\n';
      }
      let out = '';
      let pos = 0;
      for (const e of r.entities) {
        if (e.start < pos || e.end > text.length || e.end <= e.start) continue;
        out += safe(text.slice(pos, e.start)) + mention(e, text.slice(e.start, e.end));
        pos = e.end;
      }
      out += safe(text.slice(pos));
      if (!out.endsWith('\n')) out += '\n';
      return head + out + '\n';
    },
    end: () => '',
  };
}
