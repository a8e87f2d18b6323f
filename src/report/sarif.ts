import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Rule, RuleSpec } from '../evaluate/rules/rule.js';
import { SYSTEM_RULES } from '../evaluate/rules/system-rules.js';
import type { Finding, Severity } from '../model/types.js';
import { relatedLocations } from './sarif-related.js';

// GitHub sorts and filters code-scanning alerts by this number (0.1-10).
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '7.5',
  medium: '5.0',
  low: '2.5',
};
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

export interface SarifOptions {
  version: string;
  /** runs[].automationDetails.id, so several runs or shards coexist in code scanning. */
  category?: string;
  informationUri?: string;
}

export function ruleHelpMarkdown(
  rule: Pick<RuleSpec, 'title' | 'why' | 'fix' | 'references'>,
): string {
  const refs = rule.references?.length
    ? `\n\n**References**\n\n${rule.references.map((r) => `- ${r}`).join('\n')}`
    : '';
  return `**${rule.title}**\n\n**Why it matters**\n\n${rule.why.trim()}\n\n**How to fix**\n\n${rule.fix.trim()}${refs}`;
}

function descriptor(
  rule: Pick<
    RuleSpec,
    'id' | 'title' | 'severity' | 'category' | 'why' | 'fix' | 'references' | 'tags'
  >,
  severities: Record<string, Severity>,
): ReportingDescriptor {
  const severity = severities[rule.id] ?? rule.severity;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why.trim().split('\n\n')[0].replace(/\s+/g, ' ') },
    help: {
      text: `${rule.why.trim()}\n\nHow to fix:\n${rule.fix.trim()}`,
      markdown: ruleHelpMarkdown(rule),
    },
    ...(rule.references?.[0] ? { helpUri: rule.references[0] } : {}),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[severity],
      tags: ['security', 'kubernetes', rule.category, ...(rule.tags ?? [])],
      precision: 'high',
      'problem.severity': LEVEL[severity] === 'note' ? 'recommendation' : LEVEL[severity],
    },
  };
}

/** SARIF 2.1.0 for GitHub code scanning; waived findings carry `suppressions`. */
export function toSarif(
  findings: readonly Finding[],
  rules: readonly Rule[],
  options: SarifOptions,
  severities: Record<string, Severity> = {},
): Log {
  const all = [...rules, ...SYSTEM_RULES];
  const index = ruleIndexes(rules);
  const uriOf = fileUris();
  const results: Result[] = findings.map((f) => sarifResult(f, index, uriOf));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'kubegate',
            semanticVersion: options.version,
            version: options.version,
            informationUri: options.informationUri ?? 'https://github.com/kubegate/kubegate',
            rules: all.map((r) => descriptor(r, severities)),
          },
        },
        ...(options.category
          ? {
              automationDetails: {
                id: options.category.endsWith('/') ? options.category : `${options.category}/`,
              },
            }
          : {}),
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///' } },
        results,
      },
    ],
  };
}

/** Each rule's position in the SARIF rules list (the given rules, then the engine's). */
export function ruleIndexes(rules: readonly Rule[]): Map<string, number> {
  return new Map([...rules, ...SYSTEM_RULES].map((r, i) => [r.id, i]));
}

/** The URI of a file, encoded once per run of findings in the same file (they come sorted). */
export function fileUris(): (file: string) => string {
  let lastFile: string | undefined;
  let lastUri = '';
  return (file) => {
    if (file !== lastFile) {
      lastFile = file;
      lastUri = encodeURI(file);
    }
    return lastUri;
  };
}

/** An admission policy that warns shows as a warning, one that audits as a note. */
const ADVISORY_LEVEL = { warn: 'warning', audit: 'note' } as const;

export const sarifLevel = (s: Severity): 'error' | 'warning' | 'note' => LEVEL[s];

/** One finding as a SARIF result. */
export function sarifResult(
  f: Finding,
  index: ReadonlyMap<string, number>,
  uriOf: (file: string) => string,
): Result {
  const result: Result = {
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? 0,
    level: f.advisory ? ADVISORY_LEVEL[f.advisory] : LEVEL[f.severity],
    message: {
      text: f.waiverProblem ? `${f.message} (waiver not applied: ${f.waiverProblem})` : f.message,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(f.location.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, f.location.line) },
        },
      },
    ],
    partialFingerprints: { 'kubegateFindingHash/v1': f.fingerprint },
    properties: {
      severity: f.severity,
      resource: f.resource,
      ...(f.fieldPath ? { field: f.fieldPath } : {}),
    },
  };
  const related = relatedLocations(f);
  if (related) result.relatedLocations = related;
  if (f.waiver) {
    result.suppressions = [
      {
        kind: f.waiver.origin === 'annotation' ? 'inSource' : 'external',
        status: 'accepted',
        justification: `${f.waiver.reason} (expires ${f.waiver.expires}${f.waiver.ticket ? `, ${f.waiver.ticket}` : ''})`,
      },
    ];
  }
  return result;
}
