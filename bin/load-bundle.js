/**
 * Runs the CLI bundle (dist/cli-bundle/arner-cli.cjs) with V8's code cache saved beside it by the build, so that a
 * start skips parsing and compiling most of its code. Node 20 offers a code cache only to classic scripts
 * (vm.Script), not to ES modules: that is why the bundle is CommonJS, run here the way Node runs a CommonJS file.
 *
 * The cache is an optimization only. It is used when it is at least as new as the bundle (a bundle rebuilt or edited
 * since then ignores it, as make would) and was made for the bundle at this very path: V8 keeps the file name it was
 * made with and stack traces would show that one, so a package copied or moved elsewhere compiles from source. V8
 * itself rejects a cache made by another V8 or with other flags. In every such case the bundle is compiled from its
 * source, as without a cache.
 *
 * The cache file is the bundle's absolute path, spaces up to a multiple of 8 bytes with the line feed that ends it,
 * then V8's data. V8 copies cached data that does not start at a multiple of 8 in memory before reading it (the
 * whole ~300 KB, at every start); a file read whole starts at such a multiple, and so, after this header, does the
 * data.
 */
'use strict';
const { readFileSync, statSync } = require('node:fs');
const Module = require('node:module');
const { createRequire } = Module;
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/** The bundle's code cache file: beside it, written by scripts/code-cache.mjs at build time. */
const cacheFileOf = (bundle) => bundle.replace(/\.cjs$/, '.cache');

/**
 * How the bundle's CommonJS code is wrapped into a function of the module's variables, as Node wraps a CommonJS file.
 * scripts/bundle-cli.mjs saves the bundle so wrapped: the file is a function expression, not a module to require.
 */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];

/** Loads `bundle` and returns its exports and the compiled script (scripts/code-cache.mjs saves its cache). */
function loadBundle(bundle) {
  const script = new Script(readFileSync(bundle, 'utf8'), { filename: bundle, cachedData: currentCache(bundle) });
  // Registered as Node's own loader would: the bundle's lazy chunks require it back and must get this instance.
  const module = new Module(bundle);
  module.filename = bundle;
  const require = createRequire(bundle);
  require.cache[bundle] = module;
  script.runInThisContext()(module.exports, require, module, bundle, dirname(bundle));
  module.loaded = true;
  return { exports: module.exports, script };
}

/** The cache file's contents for `bundle` (see above). */
function cacheFileData(bundle, data) {
  return Buffer.concat([cacheHeader(bundle), data]);
}

function cacheHeader(bundle) {
  const path = Buffer.from(bundle);
  return Buffer.concat([path, Buffer.alloc(7 - (path.length % 8), ' '), Buffer.from('\n')]);
}

function currentCache(bundle) {
  const cache = cacheFileOf(bundle);
  const cached = statSync(cache, { throwIfNoEntry: false });
  if (!cached || cached.mtimeMs < statSync(bundle).mtimeMs) return undefined;
  let file;
  try {
    file = readFileSync(cache);
  } catch {
    return undefined;
  }
  const header = cacheHeader(bundle);
  return file.subarray(0, header.length).equals(header) ? file.subarray(header.length) : undefined;
}

module.exports = { cacheFileOf, loadBundle, cacheFileData, WRAPPER };
