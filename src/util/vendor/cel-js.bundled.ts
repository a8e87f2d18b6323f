// The CEL interpreter in a bundle: dist/vendor/cel-js.cjs, loaded at its first use.
import type * as celJs from '@marcbachmann/cel-js';
import { vendorPackage } from './vendor-package.js';

export type CelJs = typeof celJs;

/** The CEL interpreter package. */
export const loadCelJs = vendorPackage<CelJs>('cel-js');
