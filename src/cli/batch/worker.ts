/**
 * A worker thread: builds the model once from the options it is started with, then extracts every document it is
 * sent. Only plain data crosses the thread boundary.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { createModel, type ModelOptions } from '../../model.js';
import { extractDocument, type ExtractOptions } from '../../extract.js';
import { batchDocuments, prefetchLatinRunsOf, runLineBatch, type LineBatch } from './line-batch.js';
import type { Doc } from '../records.js';
import { runFileTask, type FileResult, type FileTask } from './file-task.js';
import type { BatchResult } from './printed.js';
import { SpareBuffers } from '../../output/byte-builder.js';

/** A document, or a batch of input lines (`batch`) or a file (`file`) whose printed output comes back as bytes. */
export type WorkerRequest = DocumentRequest | { seq: number; batch: LineBatch } | { seq: number; file: FileTask } | { recycle: ArrayBuffer };

interface DocumentRequest {
  seq: number;
  text: string;
  options: ExtractOptions;
}

export type WorkerReply =
  | { seq: number; refDate: string; entities: ReturnType<typeof extractDocument>['entities'] }
  | { seq: number; batch: BatchResult | FileResult }
  | { seq: number; error: string };

const model = createModel(workerData as ModelOptions);
/**
 * Output buffers the main thread sent back after writing them. Reusing them keeps memory flat: the main thread
 * allocates almost nothing, so V8 collected the buffers it received only once their total reached its limit for
 * external memory (~64 MB per run more, measured).
 */
const spares = new SpareBuffers();
parentPort!.postMessage({ ready: true });
parentPort!.on('message', (first: WorkerRequest) => {
  // Every request already waiting, taken now: the line batches among them have their English runs read together
  // (compromise costs about as much per call for a few runs as for one; a batch alone holds two or three).
  const queue = [first];
  for (let r; (r = receiveMessageOnPort(parentPort!)) !== undefined; ) queue.push(r.message as WorkerRequest);
  const docs = new Map<WorkerRequest, Doc[]>();
  try {
    for (const req of queue) if ('batch' in req) docs.set(req, batchDocuments(req.batch));
  } catch {
    // A batch that fails here fails again when it is run, and reports it there.
  }
  prefetchLatinRunsOf([...docs.values()].flat());
  for (const req of queue) handle(req, docs.get(req));
});

function handle(req: WorkerRequest, docs: Doc[] | undefined): void {
  if ('recycle' in req) {
    spares.give(req.recycle);
    return;
  }
  try {
    if ('batch' in req || 'file' in req) {
      const spare = spares.take();
      const batch = 'batch' in req ? runLineBatch(req.batch, model, spare, docs) : runFileTask(req.file, model, spare);
      // The output's memory moves to the main thread instead of being copied (ByteBuilder gives it a buffer of its own).
      parentPort!.postMessage({ seq: req.seq, batch } satisfies WorkerReply, [batch.output.buffer as ArrayBuffer]);
      return;
    }
    const { refDate, entities } = extractDocument(req.text, model, req.options);
    parentPort!.postMessage({ seq: req.seq, refDate, entities } satisfies WorkerReply);
  } catch (e) {
    parentPort!.postMessage({ seq: req.seq, error: (e as Error).message } satisfies WorkerReply);
  }
}
