// Saves what a process would otherwise compute at every start, beside the compiled code: the compiled built-in model
// (dist/model.snapshot), so that arner starts without re-compiling its lexicons, the date words with their tokens
// (dist/date-words.json), ICU's names of months and weekdays (dist/date-names.json) and the tokenizer's character
// classes (dist/char-classes.json). Run by `npm run build` and `prepare`, after tsc.
import { compileModel, SNAPSHOT_FILE, BUILTIN_LEXICON_DIR } from '../dist/model.js';
import { lexiconState, serializeModel } from '../dist/snapshot.js';
import { writePartsFile } from '../dist/snapshot/parts.js';
import { DATE_WORDS, saveKeyedWords } from '../dist/recognize/dates/keyed-words.js';
import { DATE_NAMES_FILE, saveDateNames } from '../dist/recognize/dates/icu.js';
import { CHAR_CLASSES, saveCharClasses } from '../dist/text/char-classes.js';

const started = performance.now();
// The state is taken before compiling and checked after: a lexicon edited meanwhile must not be recorded as built.
const state = lexiconState(BUILTIN_LEXICON_DIR);
const model = compileModel();
if (lexiconState(BUILTIN_LEXICON_DIR).hash !== state.hash) {
  console.error('arner: the lexicons changed during the build; run it again');
  process.exit(1);
}
const data = serializeModel(model, state);
// Replaced by renaming: a process reading the old snapshot lazily keeps reading the old one.
writePartsFile(SNAPSHOT_FILE, data);
console.error(`arner: model snapshot ${(data.length / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`);

// Computing the date words asks ICU the questions whose answers are saved next.
saveKeyedWords();
console.error(`arner: date words saved in ${DATE_WORDS.file}`);
saveDateNames(DATE_NAMES_FILE);
console.error(`arner: ICU's date names saved in ${DATE_NAMES_FILE}`);

saveCharClasses();
console.error(`arner: character classes saved in ${CHAR_CLASSES.file}`);
