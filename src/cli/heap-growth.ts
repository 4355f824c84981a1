/**
 * How far V8 lets a long run's heap grow past what it holds live before it collects the old generation. By default
 * it grows the limit by up to ×4 of the live size when collections look cheap, and a run over news that keeps
 * bringing new words promotes a steady stream of garbage (the vocabulary's dropped words): on 100 MB of the
 * benchmark's open-vocabulary corpus the live heap after a full collection stayed at 45–50 MB while the heap grew to
 * 190–210 MB between collections, and peak RSS was 296 MiB with `--jobs 1`, 480–500 MiB with 2 workers (567 on 1 GB).
 * Peak RSS on 1 GB with 2 workers by growth allowed: ×1.5 320 MiB, ×1.35 298, ×1.3 292 (a worker's live heap crept
 * from 45 to 55 MB over the run, most of it English runs' cache keys keeping their documents, since mended in
 * latin.ts: ×1.3 277 MiB after, ×1.6 307 MiB for 4 % less CPU). What it costs is full collections:
 * on 300 MB with 2 workers 1.56 s at ×1.5 and 2.00 s at ×1.35 of ~55 CPU-seconds, scavenges (~8 s) unchanged; on
 * 100 MB with `--jobs 1`, 114 ms unbounded, 443 at ×1.5, 862 at ×1.25, of ~15 CPU-seconds.
 */
export const HEAP_GROWING_FLAG = '--heap-growing-percent=30';

/**
 * Characters of text (~2 MB of Arabic) after which a run without workers bounds its heap's growth: node:v8 costs ~3 ms
 * to load, which a one-line run should not pay (workers set the flag when the pool starts). V8 applies the flag when
 * a full collection sets the next limit, and the second usually comes after ~15 MB (set after 4,000,000 characters,
 * the heap had already been allowed to grow to 210 MB); not always, so a run known to be long bounds its heap from
 * the start (boundHeapNow), and this count is for the others.
 */
const BOUND_AFTER_CHARS = 1_000_000;

let chars = 0;
let bounded = false;

/**
 * Counts text processed on this thread; bounds the heap's growth once the run is a long one. Synchronous for its
 * callers (one call per document or batch): the flag is set when node:v8 has loaded, a moment later.
 */
export function textProcessed(n: number): void {
  chars += n;
  if (chars >= BOUND_AFTER_CHARS) boundHeapNow();
}

/** Bytes of input that make a run long enough to bound its heap's growth from its start (~BOUND_AFTER_CHARS of Arabic). */
export const LONG_INPUT_BYTES = 2 * BOUND_AFTER_CHARS;

/**
 * Bounds the heap's growth now, for a run known to be long before it has processed much: its input files hold
 * LONG_INPUT_BYTES or more, or its input gives a second batch of lines before the first is extracted. Counted as text
 * is processed, the bound can come after V8 has set a full collection's next limit without it: on 100 MB with
 * `--jobs 1` and batches read ahead, a full collection before the first 1,000,000 characters were done let the heap
 * reach 136 MB before the next, and peak RSS was 220–226 MiB against 174–182 from a file, 221–235 against 175–185 piped.
 */
export function boundHeapNow(): void {
  if (bounded) return;
  bounded = true;
  void import('node:v8').then((v8) => v8.setFlagsFromString(HEAP_GROWING_FLAG));
}
