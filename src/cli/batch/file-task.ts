/**
 * One input file as one document (`--input text`), read, decoded, extracted and printed where the model is: for a
 * folder of articles the main thread then only lists files and writes.
 */
import { readFileSync } from 'node:fs';
import type { Model } from '../../extract.js';
import { describe } from '../common.js';
import { BinaryInput, documentOfBytes } from '../document-file.js';
import { PrintedBatch, type BatchResult, type BatchSettings } from './printed.js';

export interface FileTask {
  path: string;
  /** The file as records name it. */
  source: string;
  /** Forced by `--encoding`. */
  encoding: string | undefined;
  settings: BatchSettings;
}

/** Why a file gave no document: unreadable, undecodable, or binary (skipped rather than failed). */
export interface FileFailure {
  message: string;
  binary: boolean;
}

export type FileResult = BatchResult & { failure?: FileFailure };

export type FileDocument = ReturnType<typeof documentOfBytes>;

/** A file as one document: read whole and decoded; throws if it cannot be read, is binary, or does not decode. */
export function readFileDocument(path: string, encoding: string | undefined): FileDocument {
  return documentOfBytes(readFileSync(path), encoding);
}

/** `spare`: memory for the output, if the caller has some to reuse; `read`: the file's document, if already read. */
export function runFileTask(task: FileTask, model: Model, spare?: ArrayBuffer, read?: FileDocument): FileResult {
  const printed = new PrintedBatch(task.settings, model, spare);
  try {
    printed.document(task.source, read ?? readFileDocument(task.path, task.encoding));
  } catch (e) {
    return { ...printed.result(), failure: { message: describe(e), binary: e instanceof BinaryInput } };
  }
  return printed.result();
}
