// Location accuracy for findings in rendered Helm charts: the share of findings that land
// on a template or values line whose text contains the offending key (the target
// is 90%), and how many at least name the template file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../src/config.js';
import { parseFieldPath } from '../src/parse/field-path.js';
import { scanWithRenders } from '../src/scan-renders.js';

export interface RenderLocationReport {
  charts: number;
  findings: number;
  onKeyLine: number;
  onTemplateFile: number;
  renderErrors: string[];
}

/** Scans the corpus charts with rendering and checks every rendered finding's line. */
export async function measureRenderLocations(
  corpus: string,
  repoRoot: string,
): Promise<RenderLocationReport> {
  const root = join(corpus, 'charts');
  // The binaries that `npm run setup` unpacks, unless the caller chose others.
  const tools = join(repoRoot, '.tools', 'bin');
  const env = {
    ...process.env,
    KUBEGATE_HELM: process.env.KUBEGATE_HELM ?? join(tools, 'helm'),
    KUBEGATE_KUBECTL: process.env.KUBEGATE_KUBECTL ?? join(tools, 'kubectl'),
  };
  const result = await scanWithRenders({ root, config: resolveConfig(), today: '2026-01-01', env });
  const rendered = result.findings.filter(
    (f) => f.location.file.includes('/templates/') || /values\.ya?ml$/.test(f.location.file),
  );
  const resourceFindings = rendered.filter((f) => f.resource !== '');
  let onKeyLine = 0;
  for (const f of resourceFindings) {
    const keys = parseFieldPath(f.fieldPath).path.filter((s): s is string => typeof s === 'string');
    const key = keys.at(-1);
    const line =
      readFileSync(join(root, f.location.file), 'utf8').split(/\r?\n/)[f.location.line - 1] ?? '';
    if (key !== undefined && line.includes(key)) onKeyLine++;
  }
  const charts = new Set(result.findings.map((f) => f.location.file.split('/templates/')[0]));
  return {
    charts: charts.size,
    findings: resourceFindings.length,
    onKeyLine,
    onTemplateFile: resourceFindings.filter((f) => f.location.file.includes('/templates/')).length,
    renderErrors: result.findings
      .filter((f) => f.ruleId === 'render-error')
      .map((f) => f.location.file),
  };
}

export function formatRenderReport(r: RenderLocationReport): string {
  const pct = (n: number) => (r.findings ? ((100 * n) / r.findings).toFixed(1) : '0.0');
  return [
    `rendered charts: findings ${r.findings}; on a line containing the offending key: ${r.onKeyLine} (${pct(r.onKeyLine)}%); in a template file: ${r.onTemplateFile}`,
    `render errors (${r.renderErrors.length}): ${r.renderErrors.join(', ')}`,
  ].join('\n');
}
