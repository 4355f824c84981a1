/** A byte stream -> its lines, decoded as strict UTF-8 as they arrive (bounded memory, back-pressure kept). */
import { DecodeError, firstInvalidUtf8 } from './decode.js';

export async function* readLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let offset = 0;
  for await (const chunk of stream) {
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else {
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const at = firstInvalidUtf8(chunk);
        throw new DecodeError(`invalid UTF-8 near byte ${offset + Math.max(at, 0)}`);
      }
      offset += chunk.length;
    }
    pending += text;
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      yield pending.slice(0, nl).replace(/\r$/, '');
      pending = pending.slice(nl + 1);
    }
  }
  try {
    pending += decoder.decode();
  } catch {
    throw new DecodeError(`invalid UTF-8 at the end of the input (byte ${offset})`);
  }
  if (pending !== '') yield pending.replace(/\r$/, '');
}
