export type EntityType = 'PER' | 'LOC' | 'ORG' | 'NORP' | 'DATE' | 'TIME';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'NORP', 'DATE', 'TIME'];

/** Where a row came from, for error messages and `lexicon find`. */
export interface Origin {
  file: string;
  line: number;
}

export interface Form {
  text: string;
  /** Accepted only where the document also has the entry through an unambiguous form, or a rule licenses it. */
  ambiguous: boolean;
  /** The type a mention through this form takes: the entry's, or NORP for a demonym of a place. */
  type: EntityType;
  origin: Origin;
}

export interface LexiconEntry {
  id: string;
  type: 'PER' | 'LOC' | 'ORG';
  subtype: string;
  ar: string;
  en: string;
  forms: Form[];
  origin: Origin;
  /** Entries whose presence in a document licenses this entry's ambiguous forms there. */
  licensedBy?: string[];
}

export class LexiconError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems in lexicons:\n  ${problems.join('\n  ')}`);
    this.name = 'LexiconError';
  }
}
