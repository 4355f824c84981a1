/**
 * Text appended as UTF-8 into one growing buffer of its own. Each piece is encoded as soon as it is added, so the
 * strings die young (holding a batch's records as strings until the end had them promoted to the old generation: more
 * memory and slower collections), and the finished bytes can be transferred to another thread without a copy.
 */
/** A UTF-16 code unit takes at most this many bytes in UTF-8. */
const MAX_UTF8_PER_UNIT = 3;

export class ByteBuilder {
  private buffer: Buffer;
  used = 0;

  /** `spare`: memory to write into first (a buffer the main thread sent back once it had written it). */
  constructor(spare?: ArrayBuffer, capacity = 64 * 1024) {
    // Not from Node's shared pool: the buffer must own its memory to be transferred.
    this.buffer = spare && spare.byteLength >= capacity ? Buffer.from(spare) : Buffer.allocUnsafeSlow(capacity);
  }

  append(text: string): void {
    this.reserve(text.length * MAX_UTF8_PER_UNIT);
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** The buffer written into, for a writer of its own (json-utf8.ts), which advances `used`; valid until `reserve`. */
  get target(): Uint8Array {
    return this.buffer;
  }

  /** Makes room for `n` more bytes after `used`. */
  reserve(n: number): void {
    if (this.used + n > this.buffer.length) this.grow(this.used + n);
  }

  private grow(needed: number): void {
    const next = Buffer.allocUnsafeSlow(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(next, 0, 0, this.used);
    this.buffer = next;
  }

  /** The bytes written so far: a view of the builder's buffer, which the builder must not be used after. */
  bytes(): Uint8Array {
    return new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.used);
  }
}

/**
 * Output buffers already written and given back, for the next ByteBuilders to write into: reused rather than left to
 * the collector, which frees memory outside the heap only when much of it has piled up. At most `max` are kept.
 */
export class SpareBuffers {
  private readonly kept: ArrayBuffer[] = [];

  constructor(private readonly max = 16) {}

  give(buffer: ArrayBuffer): void {
    // A transferred buffer is detached (byteLength 0): nothing left to reuse.
    if (this.kept.length < this.max && buffer.byteLength > 0) this.kept.push(buffer);
  }

  take(): ArrayBuffer | undefined {
    return this.kept.pop();
  }
}
