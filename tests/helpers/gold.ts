/** Comparing arner's entities with a gold annotation in the seed's format (see its `note`). */
import type { Entity } from '../../src/index.js';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: string;
  id?: string;
  value?: string;
  accept?: Array<{ start: number; end: number; text: string }>;
  accept_types?: string[];
}

export interface Gold {
  mentions: GoldMention[];
  optional?: GoldMention[];
  ref_date?: string;
}

function matches(e: Entity, g: GoldMention): boolean {
  const spanOk = (e.start === g.start && e.end === g.end) || (g.accept ?? []).some((a) => a.start === e.start && a.end === e.end);
  const typeOk = e.type === g.type || (g.accept_types ?? []).includes(e.type);
  const idOk = g.id === undefined || e.id === g.id;
  const valueOk = g.value === undefined || e.value === g.value;
  return spanOk && typeOk && idOk && valueOk;
}

export interface GoldDiff {
  missing: GoldMention[];
  spurious: Entity[];
}

export function compareWithGold(entities: readonly Entity[], gold: Gold): GoldDiff {
  const used = new Set<Entity>();
  const missing: GoldMention[] = [];
  for (const g of gold.mentions) {
    const hit = entities.find((e) => !used.has(e) && matches(e, g));
    if (hit) used.add(hit);
    else missing.push(g);
  }
  const spurious = entities.filter((e) => !used.has(e) && !(gold.optional ?? []).some((o) => matches(e, o)));
  return { missing, spurious };
}
