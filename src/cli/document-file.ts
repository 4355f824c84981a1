/** A whole file as one document (`--input text`): refused when it is not text, else decoded (detected or forced). */
import { binaryReason } from '../io/binary.js';
import { decode, TooLargeToDecode } from '../io/decode.js';
import type { Doc } from './records.js';

/** A file that is not text (an image, a PDF, an archive): skipped with a warning, counted in the summary. */
export class BinaryInput extends Error {}

/** `encoding`: forced by the user (then no binary check either: they said it is text). */
export function documentOfBytes(bytes: Uint8Array, encoding: string | undefined): Extract<Doc, { kind: 'document' }> {
  const binary = encoding ? undefined : binaryReason(bytes);
  if (binary) throw new BinaryInput(`binary file, skipped (${binary})`);
  try {
    const decoded = decode(bytes, { encoding });
    return { kind: 'document', text: decoded.text, encoding: decoded.encoding };
  } catch (e) {
    // A file that size is rarely one document: as lines it streams, in bounded memory.
    if (e instanceof TooLargeToDecode) throw new TooLargeToDecode(`${e.message}; read it line by line with --input lines`);
    throw e;
  }
}
