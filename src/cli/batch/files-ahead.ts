/**
 * A folder's files read ahead of their extraction on one thread, so that their English runs are read by compromise
 * together: it costs about as much a call for a few runs as for one, and an article holds one or two new ones (4,000
 * articles with `--jobs 1`: 760 calls for 847 runs one file at a time, 231 read ahead; CPU ×0.96). Batches of lines
 * are read ahead the same way (read-ahead.ts); workers get their files one at a time and do not.
 */
import { sizeOf, type SourcesAhead } from '../../io/sources.js';
import { readFileDocument, type FileDocument } from './file-task.js';
import { prefetchLatinRunsOf } from './line-batch.js';

/** Files read at once: the one at hand and those after it… */
const FILES_AHEAD = 16;
/** …up to this many bytes: as much text as the batches of lines read ahead. */
const BYTES_AHEAD = 256 * 1024;

export class FilesAhead {
  /** Documents read ahead, by path, until taken. */
  private readonly read = new Map<string, FileDocument>();

  constructor(private readonly sources: SourcesAhead) {}

  /**
   * The document of the file at `path`, the next source to extract: read ahead already, or read now with the files
   * after it. None if it cannot be read or decoded (the caller reads it again, and says why).
   */
  async take(path: string, encoding: string | undefined): Promise<FileDocument | undefined> {
    const known = this.read.get(path);
    if (known) {
      this.read.delete(path);
      return known;
    }
    const own = readOrNot(path, encoding);
    const docs = own ? [own] : [];
    let bytes = 0;
    for (const item of await this.sources.peek(FILES_AHEAD - 1)) {
      if (item.kind !== 'file' || item.path === path || this.read.has(item.path)) continue;
      bytes += sizeOf(item.path);
      if (bytes > BYTES_AHEAD) break;
      const doc = readOrNot(item.path, encoding);
      if (doc === undefined) continue;
      this.read.set(item.path, doc);
      docs.push(doc);
    }
    prefetchLatinRunsOf(docs);
    return own;
  }

  /** A file that will not be extracted (its output exists, `--resume`): let go of. */
  drop(path: string): void {
    this.read.delete(path);
  }
}

/** A file's document, or undefined if it cannot be read or decoded (reading it again reports why). */
function readOrNot(path: string, encoding: string | undefined): FileDocument | undefined {
  try {
    return readFileDocument(path, encoding);
  } catch {
    return undefined;
  }
}
