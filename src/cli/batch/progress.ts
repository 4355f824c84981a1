/** A one-line progress display on stderr for multi-file runs: files, documents/s, MB/s, ETA. */
import type { MessageOutput } from '../io.js';

const INTERVAL_MS = 200;

export class Progress {
  private files = 0;
  private docs = 0;
  private bytes = 0;
  private readonly started = performance.now();
  private lastDraw = 0;
  private finished = false;

  /** The run's files and bytes, once counted (countFiles runs beside the run: a big folder takes a while). */
  private totals: { files: number; bytes: number } | undefined;

  constructor(private readonly stream: MessageOutput) {}

  setTotals(files: number, bytes: number): void {
    this.totals = { files, bytes };
    this.draw(true);
  }

  document(): void {
    this.documents(1);
  }

  documents(count: number): void {
    this.docs += count;
    this.draw(false);
  }

  /**
   * A file done, of `bytes` on disk: the share of the whole is counted in files' bytes, as the totals are (a count of
   * characters against a total of bytes put the bar at half when an Arabic folder was done).
   */
  file(bytes: number): void {
    this.files++;
    this.bytes += bytes;
    this.draw(false);
  }

  private draw(force: boolean): void {
    // Totals counted after the run ended must not draw a line again after it was cleared.
    if (this.finished) return;
    const now = performance.now();
    if (!force && now - this.lastDraw < INTERVAL_MS) return;
    this.lastDraw = now;
    const secs = Math.max((now - this.started) / 1000, 1e-3);
    const mbs = this.bytes / 1e6 / secs;
    const t = this.totals;
    // Until the files are counted: no share of the whole, so neither a filled bar nor an ETA.
    const share = t === undefined ? 0 : t.bytes > 0 ? Math.min(this.bytes / t.bytes, 1) : this.files / Math.max(t.files, 1);
    const eta = share > 0 && share < 1 ? `ETA ${Math.round((secs / share) * (1 - share))}s` : '';
    const width = 24;
    const filled = Math.round(share * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const files = t === undefined ? `${this.files} files (counting…)` : `${this.files}/${t.files} files`;
    this.stream.write(`\r\u001b[2K${bar} ${files}  ${Math.round(this.docs / secs)} docs/s  ${mbs.toFixed(1)} MB/s  ${eta}`);
  }

  done(): void {
    this.finished = true;
    this.stream.write('\r\u001b[2K');
  }
}
