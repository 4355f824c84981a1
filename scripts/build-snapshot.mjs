// Saves the compiled built-in model beside the compiled code (dist/model.snapshot.json), so that arner starts
// without re-compiling its lexicons. Run by `npm run build` and `prepare`, after tsc.
import { writeFileSync } from 'node:fs';
import { compileModel, SNAPSHOT_FILE, BUILTIN_LEXICON_DIR } from '../dist/model.js';
import { lexiconHash, serializeModel } from '../dist/snapshot.js';

const started = performance.now();
const json = serializeModel(compileModel(), lexiconHash(BUILTIN_LEXICON_DIR));
writeFileSync(SNAPSHOT_FILE, json);
console.error(`arner: model snapshot ${(json.length / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`);
