// SARIF relatedLocations for a finding: other lines that explain it, such as the values
// line that set a value a chart template renders. Kept apart from sarif.ts so that the
// result shape there stays one small, separate addition.
import type { Location as SarifLocation } from 'sarif';
import type { Finding } from '../model/types.js';

export function relatedLocations(f: Finding): SarifLocation[] | undefined {
  if (!f.related?.length) return undefined;
  return f.related.map((r, id) => ({
    id,
    physicalLocation: {
      artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: Math.max(1, r.line),
        ...(r.column !== undefined ? { startColumn: Math.max(1, r.column) } : {}),
      },
    },
    message: { text: r.message },
  }));
}
