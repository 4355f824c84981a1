/**
 * A byte stream -> its lines, decoded as they arrive (bounded memory, back-pressure kept). Lines end at \n; a \r
 * before it is dropped. By default strict UTF-8 (a leading UTF-8 BOM removed) and a UTF-16 BOM switches to strict
 * UTF-16; an invalid sequence is a DecodeError naming its byte offset in the stream. `encoding` forces a decoder,
 * lossy (U+FFFD for what does not decode).
 */
import { TextDecoder } from 'node:util';
import { DecodeError, decoderFor, firstInvalidUtf8, firstInvalidUtf16 } from './decode.js';
import { bomOf } from './detect.js';

export interface ReadLinesOptions {
  /** Force this encoding (any TextDecoder label, e.g. 'windows-1256'): lossy. Default: strict UTF-8, or UTF-16 by BOM. */
  encoding?: string;
  /** Called once, before the first line, with the encoding in use: 'utf-8', 'utf-16le', 'utf-16be' or the forced one. */
  onEncoding?: (encoding: string) => void;
}

const EMPTY = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** How many bytes at the end of `bytes` begin a UTF-8 sequence that continues past the end (0–3). */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** How many bytes at the end are still pending in UTF-16: an odd byte, and a high surrogate waiting for its pair. */
function incompleteUtf16Tail(bytes: Uint8Array, total: number, littleEndian: boolean): number {
  const odd = total % 2;
  const n = bytes.length - odd;
  if (n < 2) return odd;
  const unit = littleEndian ? bytes[n - 2] | (bytes[n - 1] << 8) : (bytes[n - 2] << 8) | bytes[n - 1];
  return unit >= 0xd800 && unit <= 0xdbff ? odd + 2 : odd;
}

/** Bytes -> text chunk by chunk; an error names the byte, counted from the start of the stream. */
class ChunkDecoder {
  encoding = 'utf-8';
  private decoder: TextDecoder | undefined;
  private readonly strict: boolean;
  private base = 0; // length of a UTF-16 BOM consumed before the decoder's input
  private total = 0; // bytes given to the decoder so far
  private pending: Uint8Array = EMPTY; // the bytes the decoder holds back (an incomplete sequence at the end)
  private head: Uint8Array = EMPTY; // first bytes kept until a BOM can be recognized

  constructor(forced: string | undefined) {
    this.strict = forced === undefined;
    if (forced !== undefined) {
      this.decoder = decoderFor(forced);
      this.encoding = this.decoder.encoding;
    }
  }

  get ready(): boolean {
    return this.decoder !== undefined;
  }

  decode(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.decoder === undefined) {
      bytes = concat(this.head, chunk);
      if (bytes.length < 2) {
        this.head = bytes;
        return '';
      }
      this.head = EMPTY;
      bytes = this.choose(bytes);
    }
    return this.feed(bytes);
  }

  end(): string {
    let text = '';
    if (this.decoder === undefined) text = this.feed(this.choose(this.head));
    try {
      return text + this.decoder!.decode();
    } catch {
      const at = this.base + this.total - this.pending.length;
      throw new DecodeError(`invalid ${this.name()} at byte ${at} (incomplete at the end of the input)`, at);
    }
  }

  /** The decoder, from a BOM at the start; returns the bytes after a UTF-16 BOM. */
  private choose(bytes: Uint8Array): Uint8Array {
    const bom = bomOf(bytes);
    if (bom !== undefined && bom.encoding !== 'utf-8') {
      this.encoding = bom.encoding;
      this.decoder = new TextDecoder(bom.encoding, { fatal: true, ignoreBOM: true });
      this.base = bom.length;
      return bytes.subarray(bom.length);
    }
    // TextDecoder drops a leading UTF-8 BOM by itself.
    this.decoder = new TextDecoder('utf-8', { fatal: true });
    return bytes;
  }

  private feed(bytes: Uint8Array): string {
    let text: string;
    try {
      text = this.decoder!.decode(bytes, { stream: true });
    } catch {
      throw this.error(bytes);
    }
    this.total += bytes.length;
    if (this.strict) {
      // The pending sequence lies within the last 3 bytes of the stream.
      const recent = bytes.length >= 3 ? bytes.subarray(bytes.length - 3) : concat(this.pending, bytes);
      const keep = this.encoding === 'utf-8' ? incompleteUtf8Tail(recent) : incompleteUtf16Tail(recent, this.total, this.encoding === 'utf-16le');
      this.pending = recent.slice(recent.length - keep);
    }
    return text;
  }

  private name(): string {
    return this.encoding === 'utf-16le' ? 'UTF-16LE' : this.encoding === 'utf-16be' ? 'UTF-16BE' : 'UTF-8';
  }

  /** The error for bytes the strict decoder refused. */
  private error(bytes: Uint8Array): DecodeError {
    const start = this.base + this.total - this.pending.length;
    const all = concat(this.pending, bytes);
    const at = this.encoding === 'utf-8' ? firstInvalidUtf8(all) : firstInvalidUtf16(all, this.encoding === 'utf-16le');
    const offset = start + Math.max(at, 0);
    return new DecodeError(`invalid ${this.name()} at byte ${offset}`, offset);
  }
}

/**
 * The lines of a stream, in batches: each batch holds the lines a chunk of input completed, so a batch is ready as
 * soon as its chunk has arrived (a live pipe is answered line by line) and a large file goes by in few batches.
 */
export async function* readLineBatches(stream: AsyncIterable<Uint8Array | string>, options: ReadLinesOptions = {}): AsyncGenerator<string[]> {
  const decoder = new ChunkDecoder(options.encoding);
  let announced = false;
  const announce = (): void => {
    if (!announced) {
      announced = true;
      options.onEncoding?.(decoder.encoding);
    }
  };
  // The current line's pieces. Searching only the new text for \n keeps a 100 MB line linear, not quadratic.
  let parts: string[] = [];
  function split(text: string): string[] {
    const lines: string[] = [];
    let from = 0;
    let nl: number;
    while ((nl = text.indexOf('\n', from)) >= 0) {
      parts.push(text.slice(from, nl));
      const line = parts.length === 1 ? parts[0] : parts.join('');
      parts = [];
      lines.push(line.endsWith('\r') ? line.slice(0, -1) : line);
      from = nl + 1;
    }
    if (from < text.length) parts.push(from === 0 ? text : text.slice(from));
    return lines;
  }
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk);
    if (decoder.ready || typeof chunk === 'string') announce();
    const lines = split(text);
    if (lines.length > 0) yield lines;
  }
  const rest = decoder.end();
  announce();
  const lines = split(rest);
  const last = parts.join('');
  if (last !== '') lines.push(last.endsWith('\r') ? last.slice(0, -1) : last);
  if (lines.length > 0) yield lines;
}

/** The lines of a stream, one by one. */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>, options: ReadLinesOptions = {}): AsyncGenerator<string> {
  for await (const lines of readLineBatches(stream, options)) yield* lines;
}
