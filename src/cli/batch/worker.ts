/**
 * A worker thread: builds the model once from the options it is started with, then extracts every document it is
 * sent. Only plain data crosses the thread boundary.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createModel, type ModelOptions } from '../../model.js';
import { extractDocument, type ExtractOptions } from '../../extract.js';

export interface WorkerRequest {
  seq: number;
  text: string;
  options: ExtractOptions;
}

export type WorkerReply = { seq: number; refDate: string; entities: ReturnType<typeof extractDocument>['entities'] } | { seq: number; error: string };

const model = createModel(workerData as ModelOptions);
parentPort!.postMessage({ ready: true });
parentPort!.on('message', (req: WorkerRequest) => {
  try {
    const { refDate, entities } = extractDocument(req.text, model, req.options);
    parentPort!.postMessage({ seq: req.seq, refDate, entities } satisfies WorkerReply);
  } catch (e) {
    parentPort!.postMessage({ seq: req.seq, error: (e as Error).message } satisfies WorkerReply);
  }
});
