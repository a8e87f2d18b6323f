import type { FieldPath } from './types.js';

// The config's own pod-carrying kinds (`workloads.customKinds`), as the config gives them to
// the evaluation, which knows the built-in ones (evaluate/pod-kinds.ts). Plain data: the
// config goes to the scan workers as it is.

/** A kind the config names as a workload. */
export interface CustomWorkloadKind {
  kind: string;
  /** Only objects of this API group (apiVersion without its version); unset: any. */
  apiGroup?: string;
  /** Where its pod specs are; a `*` segment stands for every item of a list or key of a map. */
  podSpecPaths: FieldPath[];
}
