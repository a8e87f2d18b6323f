// node:fs through require rather than an ESM import. Importing from node:fs in an ES module
// evaluates every export of the module, `fs.promises` among them, which loads streams and
// two dozen more of Node's own modules: about 55 M instructions (7 ms) at the start of
// every process, a tenth of what loading kubegate costs. require returns the same module
// without reading its exports. (node:fs/promises itself is loaded when first used.)
import { lazyBuiltin } from './lazy-builtin.js';

export const {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeSync,
} = lazyBuiltin<typeof import('node:fs')>('node:fs')();

/** node:fs/promises, loaded at the first call (renders and the base checkout use it). */
export const fsPromises = lazyBuiltin<typeof import('node:fs/promises')>('node:fs/promises');
