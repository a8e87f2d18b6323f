// Public surface of the render module, for the collect stage to wire in.
export { discover, KUSTOMIZATION_FILES } from './discover.js';
export type {
  Discovery,
  DiscoveredChart,
  DiscoveredKustomization,
  SkippedTarget,
} from './discover.js';
export { findBinary, installHint, ENV_VARS } from './find-binary.js';
export type { BinaryLookup, FindBinaryOptions, ToolName } from './find-binary.js';
export { renderAll, renderOne, helmArgs, kustomizeArgs, DEFAULT_TIMEOUT_MS } from './render.js';
export type { RenderOptions, Binaries } from './render.js';
export { mapPool, defaultConcurrency } from './pool.js';
export { defaultTargets, releaseNameFor } from './plan.js';
export type * from './types.js';
