// Splits `helm template` output into its documents, each with the template that produced
// it. Helm prefixes every document with `# Source: <chart>/<path in chart>`; subchart
// templates read `<chart>/charts/<sub>/templates/...`, which is also their path on disk.

export interface HelmDocument {
  /** The `# Source:` value, as helm printed it; absent for documents without one. */
  source?: string;
  text: string;
}

const SEPARATOR = /^---\s*$/;
const SOURCE = /^# Source:\s*(.+?)\s*$/;

export function splitHelmOutput(output: string): HelmDocument[] {
  const docs: HelmDocument[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join('\n');
    current = [];
    if (!text.trim()) return;
    const source = findSource(text);
    docs.push(source ? { source, text } : { text });
  };
  for (const line of output.split(/\r?\n/)) {
    if (SEPARATOR.test(line)) flush();
    else current.push(line);
  }
  flush();
  return docs;
}

function findSource(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const m = SOURCE.exec(line);
    if (m) return m[1];
    if (line.trim() && !line.startsWith('#')) return undefined; // markers precede content
  }
  return undefined;
}

/**
 * Repository-relative path of a rendered document's template: the chart's folder plus the
 * source path without its leading chart name (helm names the chart, not its folder).
 */
export function templatePath(chartRelDir: string, source: string): string {
  const inChart = source.split('/').slice(1).join('/');
  return chartRelDir === '.' || chartRelDir === '' ? inChart : `${chartRelDir}/${inChart}`;
}
