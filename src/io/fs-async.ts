/**
 * The promise-returning file functions that every run may use, made from node:fs's callback functions: importing
 * node:fs/promises loads readline and file-handle streams with it (~2 M instructions of every start) for nothing
 * these need. Commands that run less often (eval, lexicon) import node:fs/promises itself.
 */
import { readdir as readdirCallback, readFile as readFileCallback, stat as statCallback } from 'node:fs';
import { promisify } from 'node:util';

export const readFile = promisify(readFileCallback);
export const stat = promisify(statCallback);
export const readdir = promisify(readdirCallback);
