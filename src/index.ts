/** arner's library API. */
export { extract, extractDocument, type Entity, type Extraction, type ExtractOptions, type Model } from './extract.js';
export { createModel, BUILTIN_LEXICON_DIR, type ModelOptions } from './model.js';
export { normalize, originalStart, originalEnd, type Normalized } from './text/normalize.js';
export { NORMALIZATION_STEPS, compileCharmap, type CharmapStep } from './text/charmap.js';
export { tokenize, TokenKind, type Token } from './text/tokenize.js';
export { analyzeClitics, type CliticAnalysis } from './text/clitics.js';
export { loadLexicons, parseEntries } from './lexicon/load.js';
export { compileLexicon, type CompiledLexicon } from './lexicon/compile.js';
export { LexiconError, ENTITY_TYPES, type EntityType, type LexiconEntry } from './lexicon/types.js';
export { decode, DecodeError } from './io/decode.js';
export { dateLineOf } from './refdate.js';
export type { DocumentRecord, ErrorRecord, OutputRecord } from './output/record.js';
