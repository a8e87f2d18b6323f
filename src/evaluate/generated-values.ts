// Values that Helm makes up at install time: randAlphaNum, genCA, genPrivateKey, uuidv4,
// and `lookup`, which finds nothing offline, so charts fall back to generating (bitnami's
// common.secrets.passwords.manage does both). The repository does not hold such a value,
// so a finding that a secret is committed is wrong about it. Reading templates for those
// functions would miss the helpers and library charts they hide in; rendering the chart a
// second time does not: a value that differs between two renders was generated. Pure: the
// renders' resources in, the findings about generated values out.
import { parseFieldPath, valueAt } from '../model/field-path.js';
import type { Rule } from './rules/rule.js';
import { resourceId, type Finding, type Resource } from '../model/types.js';

/** A finding on a rendered document, with the resource it is about. */
export interface RenderedFinding {
  finding: Finding;
  resource: Resource | undefined;
}

/**
 * The rules whose findings say a value is committed (the secrets category): a generated
 * value is not. Other rules judge what a value means, and a random value means the same in
 * every render.
 */
export function committedValueRules(rules: readonly Rule[]): Set<string> {
  return new Set(rules.filter((r) => r.category === 'secrets').map((r) => r.id));
}

/** True when one of the findings could be about a generated value: worth a second render. */
export function needsSecondRender(
  found: readonly RenderedFinding[],
  valueRules: ReadonlySet<string>,
): boolean {
  return found.some((x) => x.resource !== undefined && valueRules.has(x.finding.ruleId));
}

const keyOf = (r: Resource) => `${r.file}\u0000${resourceId(r)}`;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A value as the comparison sees it: a Secret's base64 decoded, and every run of digits
 * made one. Two renders a second apart differ in a timestamp (`now`) that a config text may
 * carry beside a committed password, and that must not make the password look generated;
 * generated values (randAlphaNum, keys, certificates, uuidv4) still differ in their letters.
 */
function comparable(value: unknown): string {
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  if (typeof value === 'string' && value.length % 4 === 0 && BASE64.test(value))
    text = Buffer.from(value, 'base64').toString('utf8');
  return text.replace(/[0-9]+/g, '0');
}

function valueOf(resource: Resource, finding: Finding): { found: boolean; value: unknown } {
  let path;
  try {
    path = parseFieldPath(finding.fieldPath).path;
  } catch {
    return { found: false, value: undefined }; // nothing to compare: keep the finding
  }
  return { found: true, value: valueAt(resource.object, path.slice(resource.basePath.length)) };
}

/**
 * The findings whose value the second render does not repeat. A resource the second render
 * does not have under the same template and identity (a generated name) cannot be
 * compared, and its findings stay.
 */
export function generatedValueFindings(
  found: readonly RenderedFinding[],
  second: readonly Resource[],
  valueRules: ReadonlySet<string>,
): Set<Finding> {
  const again = new Map<string, Resource>();
  for (const r of second) again.set(keyOf(r), r);
  const generated = new Set<Finding>();
  for (const { finding, resource } of found) {
    if (!resource || !valueRules.has(finding.ruleId)) continue;
    const other = again.get(keyOf(resource));
    if (!other) continue;
    const first = valueOf(resource, finding);
    if (!first.found || first.value === undefined) continue;
    if (comparable(first.value) !== comparable(valueOf(other, finding).value))
      generated.add(finding);
  }
  return generated;
}
