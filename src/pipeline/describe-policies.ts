// `kubegate policies`: the admission policies a scan would apply, their bindings and params,
// and what each binding matches among the scanned objects (rendered ones included).
import type { Config } from '../config/config.js';
import { describePolicies, nameOf } from '../evaluate/admission/index.js';
import { kubernetesCelEnvironment } from '../evaluate/admission/cel/index.js';
import {
  ADMISSION_BINDING_KIND,
  ADMISSION_POLICY_KIND,
  type ResourceRecord,
} from '../evaluate/records.js';
import { admissionSources, readPolicyPaths, sourcesOf } from './admission-sources.js';
import { scanWithRenders } from './scan-with-renders.js';

import { whereKey, type PoliciesReport } from '../report/policies-text.js';

export async function policiesReport(options: {
  root: string;
  paths: string[];
  config: Config;
  today: string;
  render: boolean;
}): Promise<PoliciesReport> {
  const { config } = options;
  const scanned = await scanWithRenders({ ...options, records: 'all' });
  const folders = readPolicyPaths(options.root, config);
  const sources = admissionSources(config, sourcesOf(folders, scanned.records)).records;
  const of = (kind: string) => sources.filter((r) => r.kind === kind);
  const namespaces = new Map<string, Record<string, string>>();
  for (const [name, { labels }] of Object.entries(config.namespaces)) namespaces.set(name, labels);
  const description = describePolicies({
    objects: scanned.records.map((r) => ({ object: r.object, operation: 'CREATE' as const })),
    policies: of(ADMISSION_POLICY_KIND).map((r) => r.object),
    bindings: of(ADMISSION_BINDING_KIND).map((r) => r.object),
    namespaces,
    paramObjects: [...folders, ...scanned.records].map((r) => r.object),
    celEnvironment: kubernetesCelEnvironment(),
  });
  const where = new Map<string, ResourceRecord>();
  for (const r of [...of(ADMISSION_POLICY_KIND), ...of(ADMISSION_BINDING_KIND)]) {
    const key = whereKey(r.kind, nameOf(r.object));
    if (!where.has(key)) where.set(key, r);
  }
  return { description, where, objects: scanned.records };
}
