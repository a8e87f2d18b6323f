import { ConfigurationError } from '../model/errors.js';
import type { UnmatchedPath } from './collect-files.js';

// A gate that checked nothing must not pass. A path that was named (the CLI's arguments, the
// Action's `paths` input, the config's `paths`) and gives nothing to scan is a usage error:
// a typo there would otherwise keep a required check green forever. With no path named, the
// whole repository is scanned, and finding nothing in it is worth saying, not failing.

/** The usage error for named paths that gave nothing to scan; undefined when all gave something. */
export function unmatchedPathsError(unmatched: readonly UnmatchedPath[]): Error | undefined {
  if (unmatched.length === 0) return undefined;
  const each = unmatched.map((u) => `  ${u.path}: ${u.reason}`).join('\n');
  const where = unmatched.length === 1 ? 'a path that was named' : 'paths that were named';
  return new ConfigurationError(
    `nothing to scan at ${where} (a gate that checked nothing does not pass):\n${each}`,
  );
}

export interface ScanCounts {
  /** Files read as manifests. */
  files: number;
  /** Kubernetes objects found in them and in rendered charts and overlays. */
  resources: number;
  findings: number;
}

/**
 * A notice for a default scan (nothing named) that found no Kubernetes object at all;
 * undefined otherwise.
 */
export function nothingFoundNotice(counts: ScanCounts, root: string): string | undefined {
  if (counts.resources > 0 || counts.findings > 0) return undefined;
  const read =
    counts.files === 0
      ? 'no .yaml, .yml or .json file'
      : counts.files === 1
        ? 'one YAML or JSON file, not a Kubernetes object'
        : `${counts.files} YAML or JSON files, none of them a Kubernetes object`;
  return `no Kubernetes manifests, Helm charts or Kustomize roots were found under ${root} (${read}): there was nothing to check. Name the folders to scan (\`paths\`) if they live elsewhere.`;
}
