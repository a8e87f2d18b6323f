// Node's built-in modules loaded when first used, through require. An ESM import loads them
// in every process when it starts, with what they load: `node:child_process` brings sockets
// and datagrams, and importing from `node:util` or `node:crypto` reads every export of the
// module, which loads worker threads, diffs and colours, or all of web crypto (about 60 M
// instructions each, 7 ms). Scans that never render a chart, start a worker or make a
// finding need none of them. lazyRequire does the same for any file (the vendor packages,
// vendor/vendor-package.ts).
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** A function giving what `require(specifier)` gives, required at its first call. */
export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(specifier) as T);
}

/** A function giving the built-in module `name`, loaded at its first call. */
export const lazyBuiltin = <T>(name: `node:${string}`): (() => T) => lazyRequire<T>(name);
