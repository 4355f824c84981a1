/**
 * Where the package's files are, found once from wherever this code runs: the compiled modules (dist/model.js), the
 * CLI bundle and its chunks (dist/cli-bundle/arner-cli.cjs), or the TypeScript sources under vitest (src/model.ts). A path
 * computed from each module's own import.meta.url would break as soon as modules are bundled into one file, since
 * the bundle sits at another depth than the module did.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Locations {
  /** The package's root folder (package.json, lexicons/, dist/). */
  root: string;
  /** The top folder of the code running: `<root>/dist` for compiled code and bundles, `<root>/src` under vitest. */
  code: string;
}

/** Walks up from this module's folder to the first folder holding a package.json: the package's root. */
function locate(): Locations {
  let code = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const up = dirname(code);
    if (existsSync(join(up, 'package.json'))) return { root: up, code };
    if (up === code) throw new Error(`arner: no package.json above ${fileURLToPath(import.meta.url)}`);
    code = up;
  }
}

const found = locate();

/** The package's root folder. */
export const PACKAGE_ROOT = found.root;

/**
 * The top folder of the running code, where the build saves what it computes beside the compiled code
 * (dist/model.snapshot, dist/date-names.json); under vitest it is src/, where those files are absent, so the tests
 * compute them from the sources instead of reading what an older build saved.
 */
export const CODE_DIR = found.code;

/** The compiled worker script of --jobs: never bundled, and compiled code even when the caller runs from src/. */
export const WORKER_SCRIPT = join(PACKAGE_ROOT, 'dist', 'cli', 'batch', 'worker.js');
