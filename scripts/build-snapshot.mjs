// Saves the compiled built-in model beside the compiled code (dist/model.snapshot), so that arner starts without
// re-compiling its lexicons. Run by `npm run build` and `prepare`, after tsc.
import { writeFileSync } from 'node:fs';
import { compileModel, SNAPSHOT_FILE, BUILTIN_LEXICON_DIR } from '../dist/model.js';
import { lexiconState, serializeModel } from '../dist/snapshot.js';

const started = performance.now();
// The state is taken before compiling and checked after: a lexicon edited meanwhile must not be recorded as built.
const state = lexiconState(BUILTIN_LEXICON_DIR);
const model = compileModel();
if (lexiconState(BUILTIN_LEXICON_DIR).hash !== state.hash) {
  console.error('arner: the lexicons changed during the build; run it again');
  process.exit(1);
}
const data = serializeModel(model, state);
writeFileSync(SNAPSHOT_FILE, data);
console.error(`arner: model snapshot ${(data.length / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`);
