/** What a run's set-up needs to know of its inputs before it starts, read ahead of the run. */
import { sizeOf, type SourcesAhead } from '../../io/sources.js';

/** Sources read ahead to decide a run's set-up: past this many, a run is taken to be long whatever their sizes. */
const MAX_SOURCES_AHEAD = 10_000;

export interface InputsAhead {
  /** More than one source. */
  several: boolean;
  /** The size of the files read ahead: at least `enough` when there are that many bytes. */
  fileBytes: number;
  /** Standard input among them: as long as can be. */
  stdin: boolean;
  /** More sources than are read ahead: a long run, whatever the files' sizes. */
  many: boolean;
}

/**
 * Reads sources ahead only as far as the run's set-up needs: two to know there are several, and files until their
 * sizes reach `enough` (the most that can change the number of workers or bound the heap). A folder of a million
 * files is neither listed nor measured in full first.
 */
export async function inputsAhead(sources: SourcesAhead, enough: number): Promise<InputsAhead> {
  let count = 0;
  let fileBytes = 0;
  let stdin = false;
  await sources.readAhead((item) => {
    count++;
    if (item.kind === 'stdin') stdin = true;
    else if (item.kind === 'file') fileBytes += sizeOf(item.path);
    return count < 2 || (!stdin && fileBytes < enough && count < MAX_SOURCES_AHEAD);
  });
  return { several: count > 1, fileBytes, stdin, many: count >= MAX_SOURCES_AHEAD };
}
