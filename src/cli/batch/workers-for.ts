/**
 * How many worker threads a run gets when the user did not say (`--jobs`): one per core, but no more than one per
 * AUTO_BYTES_PER_WORKER of input when the inputs are files of known size. Each worker compiles the same code again
 * (V8's warm-up, on threads the workers then compete with), which a small input does not repay: on 2 cores, 10 MB of
 * news took 1.7 s on one thread and 2.3 s on two workers, 20 MB 2.6 s and 2.9 s, 30 MB about the same, 40 MB 4.3–5.1 s
 * against 4.0–4.5 s. Measured again on 2026-11-30 (lines of the open-vocabulary corpus, two alternated rounds): 50 MB
 * 4.2–4.7 s on one thread against 4.4–4.5 on two workers, for 5.8–6.3 CPU-seconds against 8.6–8.8; 75 MB 6.3–7.4 s
 * against 6.0 s (CPU 8.6–10.0 against 11.7); a folder of 4,000 articles (40 MB) 4.6–4.7 s against 5.1–5.3. Two
 * workers pay from ~50 MB: 25 MB each (16 MB before). stdin may be endless: it gets every core.
 */
export const AUTO_BYTES_PER_WORKER = 25_000_000;

/** 1 means no worker at all: the run stays on the main thread. */
export function workersFor(cores: number, inputBytes: number | undefined): number {
  if (inputBytes === undefined) return cores;
  return Math.max(1, Math.min(cores, Math.floor(inputBytes / AUTO_BYTES_PER_WORKER)));
}
