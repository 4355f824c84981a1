/**
 * Line batches extracted on the reading thread (`--jobs 1`), with the next few already read, so that compromise
 * reads their English runs together (latin.ts): a call costs ~0.25–0.9 ms whatever its length, and a 32 KB batch
 * rarely holds two runs not read before (on 100 MB of the benchmark corpus, 969 of 1,290 calls read one run). Workers
 * get the same from the requests waiting in their queue (worker.ts). Only the batches that come without waiting are
 * read ahead (extract.ts): a live pipe's batch is extracted as soon as no other follows it at once.
 */
import type { Doc } from '../records.js';
import { batchDocuments, prefetchLatinRunsOf, type LineBatch } from './line-batch.js';

interface Ahead {
  batch: LineBatch;
  docs: Doc[];
  /** Whether its Latin runs were read (with those of the batches queued with it). */
  read: boolean;
}

export class BatchesAhead {
  private readonly queue: Ahead[] = [];

  /** `depth`: batches held at most, the one to extract next included (1: none ahead). */
  constructor(private readonly depth: number) {}

  /** Queues a batch just read, decoded into its documents. */
  add(batch: LineBatch): void {
    this.queue.push({ batch, docs: batchDocuments(batch), read: false });
  }

  /** Whether the next batch is due: enough are read ahead of it. */
  get full(): boolean {
    return this.queue.length >= this.depth;
  }

  get size(): number {
    return this.queue.length;
  }

  /** The first batch and its documents (one must be queued), after the Latin runs of every batch queued were read. */
  take(): { batch: LineBatch; docs: Doc[] } {
    const first = this.queue.shift();
    if (first === undefined) throw new Error('no batch queued');
    if (!first.read) {
      const docs: Doc[] = [];
      for (const a of [first, ...this.queue]) {
        if (!a.read) for (const doc of a.docs) docs.push(doc);
        a.read = true;
      }
      prefetchLatinRunsOf(docs);
    }
    return first;
  }
}
