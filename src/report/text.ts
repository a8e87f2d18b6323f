import type { Rule } from '../evaluate/rules/rule.js';
import type { Finding, Severity } from '../model/types.js';

export interface TextOptions {
  color: boolean;
}

const COLORS: Record<Severity, string> = {
  critical: '\x1b[1;31m',
  high: '\x1b[31m',
  medium: '\x1b[33m',
  low: '\x1b[36m',
};
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** The first sentence of the fix, as a one-line hint (the snippet stays in SARIF and JSON). */
function firstLine(markdown: string): string {
  const prose = markdown.split('```')[0].replace(/\s+/g, ' ').trim();
  const sentence = (/^.*?[.!?](?=\s|$)/.exec(prose)?.[0] ?? prose).replace(/:$/, '.');
  return sentence.length > 160 ? `${sentence.slice(0, 157)}...` : sentence;
}

/** Findings grouped by file, with a fix hint per rule, for people on a terminal or in a log. */
export function toText(
  findings: readonly Finding[],
  rules: readonly Rule[],
  options: TextOptions,
): string {
  const paint = (code: string, s: string) => (options.color ? `${code}${s}${RESET}` : s);
  const fixes = new Map(rules.map((r) => [r.id, firstLine(r.fix)]));
  const out: string[] = [];
  let current = '';
  let hinted = new Set<string>();
  for (const f of findings) {
    if (f.location.file !== current) {
      current = f.location.file;
      hinted = new Set();
      out.push('', paint('\x1b[1m', current));
    }
    const sev = paint(COLORS[f.severity], f.severity.toUpperCase().padEnd(8));
    const waived = f.waiver
      ? paint(DIM, ` [waived until ${f.waiver.expires}: ${f.waiver.reason}]`)
      : '';
    const bad = f.waiverProblem ? ` [waiver not applied: ${f.waiverProblem}]` : '';
    out.push(
      `  ${String(f.location.line).padStart(5)}  ${sev} ${f.ruleId}  ${f.message}${waived}${bad}`,
    );
    const hint = fixes.get(f.ruleId);
    // One hint per rule and file keeps long reports readable.
    if (hint && !f.waiver && !hinted.has(f.ruleId)) {
      hinted.add(f.ruleId);
      out.push(paint(DIM, `${' '.repeat(17)}fix: ${hint}`));
    }
  }
  return out.join('\n');
}
