// Where a scan's admission policies come from (the cluster's own policies at review time):
// the ValidatingAdmissionPolicies, their bindings, the Namespaces and the params the
// policies name, as records (the object and where it is written), plus the config's
// namespace labels. On a pull request they are the base commit's: the base scan's records
// and the config's `admissionPolicies` folders read from the base tree, so that a pull
// request that loosens or deletes a policy is still judged by it.
import { readFileSync } from '../util/fs.js';
import { collectFiles, type CollectedFile } from '../collect/collect-files.js';
import type { Config } from '../config/config.js';
import { ConfigurationError } from '../model/errors.js';
import { parseSource } from '../parse/parse-source.js';
import {
  ADMISSION_KINDS,
  ADMISSION_POLICY_KIND,
  recordOf,
  type ResourceRecord,
} from '../evaluate/records.js';
import type { AdmissionSources } from '../evaluate/admission-findings.js';
import { isJsonObject } from '../model/types.js';

/** True when the sources hold at least one policy (else there is nothing to evaluate). */
export function hasPolicies(sources: AdmissionSources | undefined): boolean {
  return sources?.records.some((r) => r.kind === ADMISSION_POLICY_KIND) ?? false;
}

/** The `apiVersion` and `kind` of the params each policy names (`spec.paramKind`). */
export function paramKinds(
  records: readonly ResourceRecord[],
): { apiVersion: string; kind: string }[] {
  const out: { apiVersion: string; kind: string }[] = [];
  for (const r of records) {
    if (r.kind !== ADMISSION_POLICY_KIND || !isJsonObject(r.object.spec)) continue;
    const p = r.object.spec.paramKind;
    if (!isJsonObject(p) || typeof p.kind !== 'string' || typeof p.apiVersion !== 'string')
      continue;
    if (!out.some((k) => k.kind === p.kind && k.apiVersion === p.apiVersion))
      out.push({ apiVersion: p.apiVersion, kind: p.kind });
  }
  return out;
}

const isParamOf =
  (kinds: readonly { apiVersion: string; kind: string }[]) =>
  (r: ResourceRecord): boolean =>
    kinds.some((k) => k.kind === r.kind && k.apiVersion === r.object.apiVersion);

/**
 * The sources among `records` (a scan's): policies, bindings, Namespaces, and the params of
 * the policies in `policies` (these records and others, such as the config's folders').
 */
export function sourcesAmong(
  records: readonly ResourceRecord[],
  policies: readonly ResourceRecord[] = records,
): ResourceRecord[] {
  const isParam = isParamOf(paramKinds([...policies, ...records]));
  return records.filter((r) => ADMISSION_KINDS.has(r.kind) || isParam(r));
}

/** Every object of one file's text, as records, and the first error that kept any out. */
function recordsOf(file: CollectedFile, text: string) {
  const parsed = parseSource({ path: file.path, text });
  return {
    records: parsed.resources.map(recordOf),
    broken: parsed.problems.find((p) => !p.warningOnly),
  };
}

/**
 * The objects of the config's `admissionPolicies` paths under `policyRoot` (a folder of
 * policies may hold their params too). A path that gives no file is a config error: a typo
 * must not switch a policy off unseen.
 */
export function readPolicyPaths(policyRoot: string, config: Config): ResourceRecord[] {
  if (config.admissionPolicies.length === 0) return [];
  const collected = collectFiles({
    root: policyRoot,
    paths: config.admissionPolicies,
    exclude: config.exclude,
  });
  if (collected.unmatched.length)
    throw new ConfigurationError(
      `config admissionPolicies: ${collected.unmatched.map((u) => `"${u.path}" gives no file (${u.reason})`).join('; ')}`,
    );
  const records: ResourceRecord[] = [];
  for (const file of collected.files) {
    const own = recordsOf(file, readFileSync(file.absolute, 'utf8'));
    // Its policies could not be read: a gate does not pass what it could not check.
    if (own.broken)
      throw new ConfigurationError(
        `config admissionPolicies: ${own.broken.file}:${own.broken.line}: ${own.broken.message}`,
      );
    records.push(...own.records);
  }
  return records;
}

/**
 * The params of `policies` among scanned files that the scan kept no record of (a plain scan
 * keeps none of ConfigMaps or custom resources): only the files that name one of the kinds
 * are read again.
 */
export function readParams(
  files: readonly CollectedFile[],
  policies: readonly ResourceRecord[],
): ResourceRecord[] {
  const kinds = paramKinds(policies);
  if (kinds.length === 0) return [];
  const isParam = isParamOf(kinds);
  const params: ResourceRecord[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file.absolute, 'utf8');
    } catch {
      continue; // the scan reports an unreadable file
    }
    // Only a file that names one of the kinds is parsed; one that does not parse is
    // reported by the scan.
    if (kinds.some((k) => text.includes(k.kind)))
      for (const r of recordsOf(file, text).records) if (isParam(r)) params.push(r);
  }
  return params;
}

/**
 * The sources of the config's folders and of a scan's records together: the policies,
 * bindings and Namespaces of both, and the params either holds of the policies of either.
 */
export function sourcesOf(
  folders: readonly ResourceRecord[],
  records: readonly ResourceRecord[],
): ResourceRecord[] {
  return [...sourcesAmong(folders, records), ...sourcesAmong(records, folders)];
}

/** Records of one object kept once (a file both scanned and named in admissionPolicies). */
export function uniqueSources(records: readonly ResourceRecord[]): ResourceRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const key = `${r.id}\u0000${r.location.file}\u0000${r.location.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function admissionSources(
  config: Config,
  records: readonly ResourceRecord[],
): AdmissionSources {
  return { records: uniqueSources(records), namespaces: config.namespaces };
}
