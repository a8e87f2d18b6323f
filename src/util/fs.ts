// node:fs through require rather than an ESM import. Importing from node:fs in an ES module
// evaluates every export of the module, `fs.promises` among them, which loads streams and
// two dozen more of Node's own modules: about 55 M instructions (7 ms) at the start of
// every process, a tenth of what loading kubegate costs. require returns the same module
// without reading its exports. (node:fs/promises itself is loaded when first used.)
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
const fs = load('node:fs') as typeof import('node:fs');

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
} = fs;

let promises: typeof import('node:fs/promises') | undefined;

/** node:fs/promises, loaded at the first call (renders and the base checkout use it). */
export function fsPromises(): typeof import('node:fs/promises') {
  return (promises ??= load('node:fs/promises') as typeof import('node:fs/promises'));
}
