/** Colour only where a person is looking: a TTY, unless --color/--no-color or NO_COLOR/FORCE_COLOR say otherwise. */
import { Chalk, type ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): ColorLevel {
  if (flag === false) return 0;
  const force = env.FORCE_COLOR;
  if (flag === true) return force && /^[123]$/.test(force) ? (Number(force) as ColorLevel) : 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    return /^[123]$/.test(force) ? (Number(force) as ColorLevel) : 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  return 1;
}

export function makeChalk(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}
