/**
 * What a worker thread does for a run of lines, as a function of one pass over them: extraction and JSON Lines
 * printing batch by batch (cli/batch/printed.ts), into byte buffers that are never written. Shared by the scripts that
 * compare builds (compare-builds.mjs by time, count-instructions.mjs by instructions).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Characters of news per batch: ~32 KB of UTF-8, as the CLI reads them (cli/commands/extract.ts, LINES_CHUNK). */
const BATCH_CHARS = 16_384;

/** A pass over `lines` with the build in package folder `dir`: returns the bytes printed. */
export async function workerPass(dir, lines) {
  const dist = (path) => import(pathToFileURL(resolve(dir, 'dist', path)).href);
  const { createModel } = await dist('index.js');
  const { PrintedBatch } = await dist('cli/batch/printed.js');
  const model = createModel();
  const settings = { format: 'jsonl', options: {}, tally: false, countOnly: false, line: true };
  return () => {
    let batch = new PrintedBatch(settings, model);
    let bytes = 0;
    let chars = 0;
    let line = 0;
    for (const text of lines) {
      batch.document('corpus', { kind: 'document', text, line: ++line });
      chars += text.length;
      if (chars > BATCH_CHARS) {
        bytes += batch.result().output.length;
        batch = new PrintedBatch(settings, model);
        chars = 0;
      }
    }
    return bytes + batch.result().output.length;
  };
}
