// The files a Kustomize root reads, followed through its kustomization files: resources,
// bases and components (a folder is another kustomization, read the same way), patches,
// generator sources, replacements and transformer configs. Remote references and files
// outside the repository are left out: a pull request cannot change them here.
import { readFileSync, statSync } from '../../util/fs.js';
import { join, resolve } from 'node:path';
import { loadYaml } from '../../util/vendor/yaml.js';
import { KUSTOMIZATION_FILES } from './discover.js';
import { repoPath } from './repo-path.js';

type Raw = Record<string, unknown>;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

const objects = (v: unknown): Raw[] =>
  Array.isArray(v) ? v.filter((x): x is Raw => x !== null && typeof x === 'object') : [];

/** The paths one kustomization names, as written (relative to its folder). */
function referenced(k: Raw): string[] {
  const paths = [
    ...strings(k.resources),
    ...strings(k.bases),
    ...strings(k.components),
    ...strings(k.crds),
    ...strings(k.configurations),
    ...strings(k.generators),
    ...strings(k.transformers),
    ...strings(k.validators),
    // A string entry is a file path; an inline patch has a newline in it.
    ...strings(k.patchesStrategicMerge).filter((p) => !p.includes('\n')),
  ];
  for (const p of [
    ...objects(k.patches),
    ...objects(k.patchesJson6902),
    ...objects(k.replacements),
  ])
    if (typeof p.path === 'string') paths.push(p.path);
  for (const g of [...objects(k.configMapGenerator), ...objects(k.secretGenerator)]) {
    // `files` entries may read `key=path`.
    for (const f of strings(g.files)) paths.push(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f);
    paths.push(...strings(g.envs));
    if (typeof g.env === 'string') paths.push(g.env);
  }
  const openapi = k.openapi as Raw | undefined;
  if (typeof openapi?.path === 'string') paths.push(openapi.path);
  return paths.filter(
    (p) => !/^[a-z][\w+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(p),
  );
}

/** The kustomization file in `dir` (any of its spellings), if there is one. */
export function kustomizationIn(dir: string): string | undefined {
  for (const name of KUSTOMIZATION_FILES) {
    try {
      if (statSync(join(dir, name)).isFile()) return join(dir, name);
    } catch {
      // not this spelling
    }
  }
  return undefined;
}

/** The kustomization file in `dir` and its parsed content (undefined when unreadable). */
function readKustomization(dir: string): { file: string; content: Raw | undefined } | undefined {
  const file = kustomizationIn(dir);
  if (!file) return undefined;
  try {
    const k: unknown = loadYaml().parse(readFileSync(file, 'utf8'));
    return { file, content: k !== null && typeof k === 'object' ? (k as Raw) : undefined };
  } catch {
    return { file, content: undefined }; // kubectl reports a broken kustomization
  }
}

/**
 * Repository-relative paths of the files a Kustomize root reads, and folders it reads
 * whole (a referenced folder that is not a kustomization), each ending in `/`.
 */
export function kustomizeInputs(rootDir: string, overlayDir: string): Set<string> {
  const root = resolve(rootDir);
  const inputs = new Set<string>();
  const seen = new Set<string>();
  const visit = (dir: string): void => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const k = readKustomization(dir);
    const rel = k && repoPath(root, k.file);
    if (!k || !rel) return;
    // A broken kustomization is kubectl's to report; a change to the file is in inputs.
    inputs.add(rel);
    if (!k.content) return;
    for (const p of referenced(k.content)) {
      const abs = resolve(dir, p);
      const target = repoPath(root, abs);
      if (target === undefined) continue;
      let isDir = false;
      try {
        isDir = statSync(abs).isDirectory();
      } catch {
        // missing: a change that adds it still counts, as the file path
      }
      if (!isDir) inputs.add(target);
      else if (kustomizationIn(abs)) visit(abs);
      else inputs.add(target === '.' ? '' : `${target}/`);
    }
  };
  visit(resolve(overlayDir));
  return inputs;
}

/**
 * Repository-relative paths of the patch files one kustomization names. A patch is a
 * fragment of an object (a strategic merge patch names a Deployment but holds only what
 * changes, a JSON 6902 patch is a list of operations), so it is checked through the
 * overlay's output, not as a manifest of its own.
 */
export function kustomizePatchFiles(rootDir: string, kustomizationDir: string): string[] {
  const raw = readKustomization(kustomizationDir)?.content;
  if (!raw) return [];
  const paths = [
    ...strings(raw.patchesStrategicMerge).filter((p) => !p.includes('\n')),
    ...[...objects(raw.patches), ...objects(raw.patchesJson6902)].flatMap((p) =>
      typeof p.path === 'string' ? [p.path] : [],
    ),
  ];
  const root = resolve(rootDir);
  return paths.flatMap((p) => {
    const target = repoPath(root, resolve(kustomizationDir, p));
    return target === undefined ? [] : [target];
  });
}
