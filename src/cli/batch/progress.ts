/** A one-line progress display on stderr for multi-file runs: files, documents/s, MB/s, ETA. */
import type { MessageOutput } from '../io.js';

const INTERVAL_MS = 200;

export class Progress {
  private files = 0;
  private docs = 0;
  private bytes = 0;
  private readonly started = performance.now();
  private lastDraw = 0;

  constructor(
    private readonly stream: MessageOutput,
    private readonly totalFiles: number,
    private readonly totalBytes: number,
  ) {}

  document(bytes: number): void {
    this.documents(1, bytes);
  }

  /** `count` documents of `bytes` in all (a batch). */
  documents(count: number, bytes: number): void {
    this.docs += count;
    this.bytes += bytes;
    this.draw(false);
  }

  file(): void {
    this.files++;
    this.draw(false);
  }

  private draw(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastDraw < INTERVAL_MS) return;
    this.lastDraw = now;
    const secs = Math.max((now - this.started) / 1000, 1e-3);
    const mbs = this.bytes / 1e6 / secs;
    const share = this.totalBytes > 0 ? Math.min(this.bytes / this.totalBytes, 1) : this.files / Math.max(this.totalFiles, 1);
    const eta = share > 0 && share < 1 ? `ETA ${Math.round((secs / share) * (1 - share))}s` : '';
    const width = 24;
    const filled = Math.round(share * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    this.stream.write(`\r\u001b[2K${bar} ${this.files}/${this.totalFiles} files  ${Math.round(this.docs / secs)} docs/s  ${mbs.toFixed(1)} MB/s  ${eta}`);
  }

  done(): void {
    this.stream.write('\r\u001b[2K');
  }
}
