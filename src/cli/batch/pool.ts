/**
 * Extraction spread over worker threads. Each worker compiles the lexicons once, at start; documents go to the
 * least busy worker; `extract` returns a promise, and the caller keeps input order by awaiting promises in order.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { HEAP_GROWING_FLAG } from '../heap-growth.js';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { WORKER_SCRIPT } from '../../locations.js';
import type { ModelOptions } from '../../model.js';
import type { Extraction, ExtractOptions } from '../../extract.js';
import type { WorkerReply, WorkerRequest } from './worker.js';
import type { LineBatch } from './line-batch.js';
import type { FileResult, FileTask } from './file-task.js';
import type { BatchResult } from './printed.js';

type Reply = Extraction | BatchResult | FileResult;

/** The compiled worker script, in dist/ also when the caller is the CLI bundle or the TypeScript sources. */
function workerScript(): URL {
  return pathToFileURL(WORKER_SCRIPT);
}

/**
 * A small young generation per worker. A worker's garbage is short-lived (tokens, candidates, one document's
 * entities); V8's default young generation let each worker's heap grow with a long run. Measured on 2 cores with
 * default options: 1 GB of news text at 339 MiB peak RSS by default, 249 MiB with 8 MB (and no slower: 77 s against
 * 80 s); on 300 MB, 4 MB was worse (325 MiB: more survivors promoted), 16 MB in between (258 MiB). Old space is not
 * limited, so a huge document cannot run a worker out of memory.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * V8 flags for the process, set before the first worker starts (V8's flags are the process's; a worker's heap reads
 * them as it runs). Set after the main thread loaded its code: its code cache, checked against the flags at load, is
 * unaffected. Only flags V8 reads at each collection can change at run time (turning concurrent marking off now
 * crashes V8).
 *
 * - No allocation-site pretenuring. A site whose first objects all survive a scavenge, as a worker's first
 *   documents' do while it reads its first snapshot parts, is pretenured: its later objects, garbage within a
 *   document, go straight to the old generation. Which sites that happens to depends on what a worker does first:
 *   when the date words stopped being computed at start (dist/date-words.json), 30 MB with 2 workers went from ~180
 *   to 250–315 MiB peak RSS and ~10 % more CPU; with pretenuring off, 178–181 MiB whichever way they are made.
 * - No parallel scavenging when there are as many workers as cores: the helper threads a scavenge would share its
 *   work with have no idle core to run on, and take CPU time from the workers. Measured on 2 cores with 2 workers
 *   on 100 MB (`--trace-gc-nvp`): the helpers' 0.46 s went, the workers' own scavenge time fell from 1.49 to 1.26 s
 *   (whole runs: inside this machine's noise).
 * - The old generation collected once it grows to 1.3 times what it held live (heap-growth.ts).
 */
function setWorkerFlags(workers: number): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
  setFlagsFromString(HEAP_GROWING_FLAG);
  if (workers >= availableParallelism()) setFlagsFromString('--no-parallel-scavenge');
}

interface Slot {
  worker: Worker;
  busy: number;
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private nextRecycle = 0;
  private closed = false;
  private failure: Error | undefined;

  constructor(size: number, modelOptions: ModelOptions) {
    setWorkerFlags(size);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerScript(), { workerData: modelOptions, resourceLimits: WORKER_LIMITS });
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (msg: WorkerReply | { ready: true }) => {
        if ('ready' in msg) return;
        slot.busy--;
        const p = this.pending.get(msg.seq);
        if (!p) return;
        this.pending.delete(msg.seq);
        if ('error' in msg) p.reject(new Error(msg.error));
        else if ('batch' in msg) p.resolve(msg.batch);
        else p.resolve({ refDate: msg.refDate, entities: msg.entities });
      });
      worker.on('error', (e) => this.fail(e));
      this.slots.push(slot);
    }
  }

  private fail(e: Error): void {
    this.failure = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  /** One document's entities, as objects (for the formats the main thread prints itself). */
  extract(text: string, options: ExtractOptions): Promise<Extraction> {
    return this.send((seq) => ({ seq, text, options })) as Promise<Extraction>;
  }

  /** A batch of input lines, printed by a worker; lines given as bytes go to it without a copy. */
  runBatch(batch: LineBatch): Promise<BatchResult> {
    const transfer = Array.isArray(batch.lines) ? [] : [batch.lines.bytes.buffer as ArrayBuffer];
    return this.send((seq) => ({ seq, batch }), transfer) as Promise<BatchResult>;
  }

  /** The number of worker threads. */
  get size(): number {
    return this.slots.length;
  }

  /** A file read, extracted and printed by a worker. */
  runFile(file: FileTask): Promise<FileResult> {
    return this.send((seq) => ({ seq, file })) as Promise<FileResult>;
  }

  /** Gives a batch's output memory back to a worker, once written (a worker's output buffers then go round). */
  recycle(bytes: Uint8Array): void {
    if (this.closed || this.failure || bytes.buffer.byteLength === 0) return;
    const slot = this.slots[this.nextRecycle++ % this.slots.length];
    slot.worker.postMessage({ recycle: bytes.buffer as ArrayBuffer } satisfies WorkerRequest, [bytes.buffer as ArrayBuffer]);
  }

  private send(request: (seq: number) => WorkerRequest, transfer: ArrayBuffer[] = []): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const seq = this.seq++;
    slot.busy++;
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      slot.worker.postMessage(request(seq), transfer);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
