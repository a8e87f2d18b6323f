// The CEL interpreter (see vendor-package.ts): from source, the package itself.
import * as celJs from '@marcbachmann/cel-js';

export type CelJs = typeof celJs;

/** The CEL interpreter package. */
export const loadCelJs = (): CelJs => celJs;
