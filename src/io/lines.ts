/**
 * A byte stream -> its lines, decoded as they arrive (bounded memory, back-pressure kept). Lines end at \n; a \r
 * before it is dropped. By default strict UTF-8 (a leading UTF-8 BOM removed) and a UTF-16 BOM switches to strict
 * UTF-16. A line that does not decode comes as an InvalidLine naming the byte offset in the stream, in its place, and
 * the lines after it still come: a pipeline gets one answer per input line, whatever the chunks the bytes came in.
 * `encoding` forces a decoder, lossy (U+FFFD for what does not decode).
 */
import { TextDecoder } from 'node:util';
import { decoderFor, firstInvalidUtf8, firstInvalidUtf16 } from './decode.js';
import { bomOf } from './detect.js';

export interface ReadLinesOptions {
  /** Force this encoding (any TextDecoder label, e.g. 'windows-1256'): lossy. Default: strict UTF-8, or UTF-16 by BOM. */
  encoding?: string;
  /** Called once, before the first line, with the encoding in use: 'utf-8', 'utf-16le', 'utf-16be' or the forced one. */
  onEncoding?: (encoding: string) => void;
}

/** A line whose bytes are not valid in the stream's encoding: why, and where its first bad byte is in the stream. */
export interface InvalidLine {
  invalid: string;
  offset: number;
}

export type InputLine = string | InvalidLine;

export function isInvalidLine(line: InputLine): line is InvalidLine {
  return typeof line !== 'string';
}

const EMPTY = new Uint8Array(0);
const LF = 0x0a;

/** The parts as one array; a single part as it is, without a copy. */
function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
}

/** Text -> lines, a line's pieces kept until its \n comes: searching only new text keeps a 100 MB line linear. */
class TextLines {
  private parts: string[] = [];

  /** The lines `text` completes. */
  split(text: string): string[] {
    const lines: string[] = [];
    let from = 0;
    let nl: number;
    while ((nl = text.indexOf('\n', from)) >= 0) {
      this.parts.push(text.slice(from, nl));
      lines.push(withoutCr(this.parts.length === 1 ? this.parts[0] : this.parts.join('')));
      this.parts = [];
      from = nl + 1;
    }
    if (from < text.length) this.parts.push(from === 0 ? text : text.slice(from));
    return lines;
  }

  /** The last line, when the text did not end with \n. */
  rest(): string[] {
    const last = this.parts.join('');
    this.parts = [];
    return last === '' ? [] : [withoutCr(last)];
  }
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

interface LineDecoder {
  readonly encoding: string;
  /** The lines `chunk` completes. */
  lines(chunk: Uint8Array): InputLine[];
  /** The last line, at the end of the stream. */
  end(): InputLine[];
}

/** A forced encoding: a streaming TextDecoder, lossy, so nothing fails after the label is known. */
class LossyLines implements LineDecoder {
  private readonly decoder: TextDecoder;
  private readonly text = new TextLines();
  readonly encoding: string;

  constructor(label: string) {
    this.decoder = decoderFor(label);
    this.encoding = this.decoder.encoding;
  }

  lines(chunk: Uint8Array): InputLine[] {
    return this.text.split(this.decoder.decode(chunk, { stream: true }));
  }

  end(): InputLine[] {
    return [...this.text.split(this.decoder.decode()), ...this.text.rest()];
  }
}

/**
 * Strict UTF-8 or UTF-16: the bytes are cut into lines before they are decoded, so that a bad byte costs only its own
 * line. The lines a chunk completes are decoded in one call; only when that fails is each decoded alone, to find the
 * ones at fault. The bytes of the line still open are kept as they came (joined once, when its end arrives).
 */
class StrictLines implements LineDecoder {
  private decoder: TextDecoder;
  private readonly unit: 1 | 2;
  private readonly littleEndian: boolean;
  /** The bytes of the line still open, and their total length. */
  private open: Uint8Array[] = [];
  private openLength = 0;
  /** Offset in the stream of the open line's first byte. */
  private offset: number;
  /** UTF-16: a byte of a code unit whose other byte is in the next chunk. */
  private odd: Uint8Array = EMPTY;
  /** The BOM's bytes, still to be dropped from the first chunk. */
  private bom: number;

  constructor(
    readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be',
    bomLength: number,
  ) {
    // The BOM is removed here, once; TextDecoder would remove one at the start of every line decoded alone.
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    this.unit = encoding === 'utf-8' ? 1 : 2;
    this.littleEndian = encoding === 'utf-16le';
    this.offset = bomLength;
    this.bom = bomLength;
  }

  /** The first chunk holds the whole BOM (readLineBatches waits for three bytes). */
  lines(chunk: Uint8Array): InputLine[] {
    const complete = this.cut(chunk);
    return complete === undefined ? [] : this.decodeLines(complete.bytes, complete.start);
  }

  /**
   * The bytes of the lines `chunk` completes, ending with a line feed, and their offset in the stream; undefined if
   * it completes none. The bytes may share memory with a chunk.
   */
  cut(chunk: Uint8Array): { bytes: Uint8Array; start: number } | undefined {
    let bytes = chunk;
    if (this.bom > 0) {
      bytes = bytes.subarray(this.bom);
      this.bom = 0;
    }
    if (this.unit === 2) {
      // Whole code units only, so that a line feed is looked for at even offsets.
      if (this.odd.length > 0) bytes = concat([this.odd, chunk], chunk.length + 1);
      this.odd = bytes.length % 2 === 1 ? bytes.slice(bytes.length - 1) : EMPTY;
      if (this.odd.length > 0) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const end = this.afterLastLineFeed(bytes);
    if (end < 0) {
      this.keep(bytes);
      return undefined;
    }
    this.keep(bytes.subarray(0, end));
    const complete = concat(this.open, this.openLength);
    const start = this.offset;
    this.offset += complete.length;
    this.open = [];
    this.openLength = 0;
    this.keep(bytes.subarray(end));
    return { bytes: complete, start };
  }

  end(): InputLine[] {
    if (this.odd.length > 0) this.keep(this.odd);
    if (this.openLength === 0) return [];
    const last = concat(this.open, this.openLength);
    const text = this.attempt(last);
    if (text !== undefined) return text === '' ? [] : [withoutCr(text)];
    const at = this.firstInvalid(last);
    if (at < 0) return [tooLarge(last, this.offset)];
    const cut = at === this.incompleteTailStart(last) ? ' (incomplete at the end of the input)' : '';
    return [this.invalid(this.offset + at, cut)];
  }

  private keep(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.open.push(bytes);
    this.openLength += bytes.length;
  }

  /** The index just after the last line feed in `bytes` (whole code units), or -1. */
  private afterLastLineFeed(bytes: Uint8Array): number {
    if (this.unit === 1) {
      const at = bytes.lastIndexOf(LF);
      return at < 0 ? -1 : at + 1;
    }
    for (let at = bytes.length - 2; at >= 0; at -= 2) if (this.codeUnit(bytes, at) === LF) return at + 2;
    return -1;
  }

  /** UTF-16: the code unit at byte `at`. */
  private codeUnit(bytes: Uint8Array, at: number): number {
    return this.littleEndian ? bytes[at] | (bytes[at + 1] << 8) : (bytes[at] << 8) | bytes[at + 1];
  }

  /** Lines of `bytes`, which end with a line feed and start at `start` in the stream. */
  decodeLines(bytes: Uint8Array, start: number): InputLine[] {
    const text = this.attemptStreaming(bytes);
    if (text !== undefined) {
      const lines = text.split('\n');
      lines.pop();
      return lines.map(withoutCr);
    }
    const lines: InputLine[] = [];
    for (let from = 0; from < bytes.length; ) {
      const line = this.firstLine(bytes.subarray(from));
      const decoded = this.attempt(line);
      if (decoded !== undefined) lines.push(withoutCr(decoded.slice(0, -1)));
      else {
        const at = this.firstInvalid(line);
        lines.push(at < 0 ? tooLarge(line, start + from) : this.invalid(start + from + at));
      }
      from += line.length;
    }
    return lines;
  }

  /** `bytes` up to and with its first line feed (whole code units). */
  private firstLine(bytes: Uint8Array): Uint8Array {
    if (this.unit === 1) return bytes.subarray(0, bytes.indexOf(LF) + 1);
    for (let at = 0; at + 1 < bytes.length; at += 2) if (this.codeUnit(bytes, at) === LF) return bytes.subarray(0, at + 2);
    return bytes;
  }

  /**
   * Complete lines decoded in streaming mode: Node 20's TextDecoder decodes Arabic UTF-8 twice as fast so (58 against
   * 118 ms for 30 MB in 32 KB pieces) as in one-shot mode; the lines being complete, it holds nothing back.
   */
  private attemptStreaming(bytes: Uint8Array): string | undefined {
    try {
      return this.decoder.decode(bytes, { stream: true });
    } catch {
      // A decoder that failed mid-stream is not trusted with what follows.
      this.decoder = new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true });
      return undefined;
    }
  }

  /** `bytes` decoded alone, to its end (a line that ends the stream, or one of a piece that failed). */
  private attempt(bytes: Uint8Array): string | undefined {
    try {
      return this.decoder.decode(bytes);
    } catch {
      return undefined;
    }
  }

  private firstInvalid(bytes: Uint8Array): number {
    return this.unit === 1 ? firstInvalidUtf8(bytes) : firstInvalidUtf16(bytes, this.littleEndian);
  }

  /** Where a character cut off by the end of `bytes` starts, or -1. */
  private incompleteTailStart(bytes: Uint8Array): number {
    const n = bytes.length;
    if (this.unit === 2) {
      const whole = n - (n % 2);
      // A high surrogate waiting for its pair, or else an odd byte.
      const last = whole >= 2 ? this.codeUnit(bytes, whole - 2) : 0;
      if (last >= 0xd800 && last <= 0xdbff) return whole - 2;
      return n % 2 === 1 ? n - 1 : -1;
    }
    for (let back = 1; back <= 3 && back <= n; back++) {
      const b = bytes[n - back];
      if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return length > back ? n - back : -1;
    }
    return -1;
  }

  private invalid(offset: number, detail = ''): InvalidLine {
    const name = this.unit === 1 ? 'UTF-8' : this.littleEndian ? 'UTF-16LE' : 'UTF-16BE';
    return { invalid: `invalid ${name} at byte ${offset}${detail}`, offset };
  }
}

/** A line valid but too large for one string (V8's limit is about 512 MiB of UTF-16). */
function tooLarge(line: Uint8Array, offset: number): InvalidLine {
  return { invalid: `line too large to decode as one string (${line.length} bytes at byte ${offset})`, offset };
}

/** The strict decoder for a stream, chosen by the BOM its first bytes (at least 3, or all of a shorter stream) hold. */
function strictDecoderOf(head: Uint8Array): StrictLines {
  const bom = bomOf(head);
  return bom === undefined ? new StrictLines('utf-8', 0) : new StrictLines(bom.encoding, bom.length);
}

/**
 * Complete lines of a UTF-8 stream as bytes, not yet decoded: for a worker thread to decode (`decodeLineBytes`),
 * so that the thread that reads does not decode the text and copy it again into a message. `bytes` end with a line
 * feed and have a buffer of their own (it can be transferred); `start` is their offset in the stream, `count` the
 * lines they hold.
 */
export interface LineBytes {
  bytes: Uint8Array;
  start: number;
  count: number;
}

/** The lines `LineBytes` hold, exactly as readLineBatches would have given them. */
export function decodeLineBytes(b: LineBytes): InputLine[] {
  utf8Lines ??= new StrictLines('utf-8', 0);
  return utf8Lines.decodeLines(b.bytes, b.start);
}

/** The decoder of decodeLineBytes: its lines end with line feeds, so it holds nothing from one call to the next. */
let utf8Lines: StrictLines | undefined;

function lineFeeds(bytes: Uint8Array): number {
  let n = 0;
  for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) n++;
  return n;
}

/**
 * The lines of a stream, in batches: each batch holds the lines a chunk of input completed, so a batch is ready as
 * soon as its chunk has arrived (a live pipe is answered line by line) and a large file goes by in few batches.
 */
export function readLineBatches(stream: AsyncIterable<Uint8Array | string>, options: ReadLinesOptions = {}): AsyncGenerator<InputLine[]> {
  return lineBatches(stream, options, false) as AsyncGenerator<InputLine[]>;
}

/**
 * As readLineBatches, but where the stream is strict UTF-8 (no encoding forced, no UTF-16 BOM), a chunk's complete
 * lines come as bytes (LineBytes) for another thread to decode; the last line of the stream, if it has no line feed,
 * comes decoded.
 */
export function readLineBatchesAsBytes(stream: AsyncIterable<Uint8Array | string>, options: ReadLinesOptions = {}): AsyncGenerator<InputLine[] | LineBytes> {
  return lineBatches(stream, options, true);
}

async function* lineBatches(stream: AsyncIterable<Uint8Array | string>, options: ReadLinesOptions, asBytes: boolean): AsyncGenerator<InputLine[] | LineBytes> {
  let decoder: LineDecoder | undefined;
  const use = (d: LineDecoder): LineDecoder => {
    decoder = d;
    options.onEncoding?.(d.encoding);
    return d;
  };
  // A forced label is checked before anything is read: an unknown one is a DecodeError at once.
  if (options.encoding !== undefined) use(new LossyLines(options.encoding));
  let head: Uint8Array[] = [];
  let headLength = 0;
  const text = new TextLines();
  /** The lines a chunk completes, as bytes where the caller wants them and the stream is strict UTF-8. */
  const linesOf = (d: LineDecoder, chunk: Uint8Array): InputLine[] | LineBytes | undefined => {
    if (!asBytes || !(d instanceof StrictLines) || d.encoding !== 'utf-8') return d.lines(chunk);
    const complete = d.cut(chunk);
    // A copy (`new Uint8Array`, as a Buffer's slice is a view): the chunk's memory also holds the start of the next
    // line, which the decoder keeps.
    return complete && { bytes: new Uint8Array(complete.bytes), start: complete.start, count: lineFeeds(complete.bytes) };
  };
  for await (const chunk of stream) {
    let lines: InputLine[] | LineBytes | undefined;
    if (typeof chunk === 'string') {
      if (decoder === undefined) use(new StrictLines('utf-8', 0));
      lines = text.split(chunk);
    } else if (decoder !== undefined) lines = linesOf(decoder, chunk);
    else {
      head.push(chunk);
      headLength += chunk.length;
      // Three bytes tell a UTF-8 BOM, a UTF-16 one and none apart.
      if (headLength < 3) continue;
      const first = concat(head, headLength);
      head = [];
      lines = linesOf(use(strictDecoderOf(first)), first);
    }
    if (lines !== undefined && (Array.isArray(lines) ? lines.length > 0 : lines.count > 0)) yield lines;
  }
  const last: InputLine[] = text.rest();
  if (decoder === undefined) {
    const first = concat(head, headLength);
    last.push(...use(strictDecoderOf(first)).lines(first));
  }
  last.push(...decoder!.end());
  if (last.length > 0) yield last;
}

/** The lines of a stream, one by one. */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>, options: ReadLinesOptions = {}): AsyncGenerator<InputLine> {
  for await (const lines of readLineBatches(stream, options)) yield* lines;
}
