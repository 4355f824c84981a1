/**
 * The printer of an output format. Formats other than the JSON and TSV ones load their code (and chalk) only when
 * chosen: a one-line extraction to JSON Lines should not pay for the HTML report's modules.
 */
import type { ExtractArgs } from './args.js';
import type { CliIo } from './io.js';
import { jsonPrinter, jsonlPrinter, tablePrinter, tsvPrinter, type Format, type Printer } from '../output/printers.js';

/** Makes printers of `format`; `toTerminal` says whether a person reads the output (for colour). */
export type PrinterMaker = (toTerminal: boolean) => Printer;

export async function printerMaker(format: Format, io: CliIo, args: ExtractArgs): Promise<PrinterMaker> {
  switch (format) {
    case 'json':
      return () => jsonPrinter();
    case 'jsonl':
      return () => jsonlPrinter();
    case 'tsv':
      return () => tsvPrinter();
    case 'table': {
      const { colorLevel, makeChalk } = await import('./color.js');
      return (toTerminal) => tablePrinter(makeChalk(colorLevel(args.color, io.env, toTerminal)));
    }
    case 'inline': {
      const [{ colorLevel, makeChalk }, { inlinePrinter }] = await Promise.all([import('./color.js'), import('../output/inline.js')]);
      return (toTerminal) => inlinePrinter(makeChalk(colorLevel(args.color, io.env, toTerminal)));
    }
    case 'conll': {
      const { conllPrinter } = await import('../output/conll.js');
      return () => conllPrinter();
    }
    case 'html': {
      const { htmlPrinter } = await import('../output/html.js');
      return () => htmlPrinter({ title: args.inputs.length === 1 ? `arner: ${args.inputs[0]}` : 'arner report' });
    }
  }
}
