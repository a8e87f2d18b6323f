import type { Finding } from '../model/types.js';
import type { ChangeReport } from './change.js';

export interface JsonReport {
  tool: { name: 'kubegate'; version: string };
  result: 'pass' | 'fail';
  summary: { files: number; resources: number; findings: number; failing: number; waived: number };
  findings: Finding[];
  warnings: string[];
  /** With --base: what the change does besides its findings. */
  change?: ChangeReport;
}

export function toJsonReport(report: JsonReport): string {
  // Findings hold no values from manifests (messages name fields and keys only).
  return JSON.stringify(
    report,
    (key, value: unknown) =>
      key === 'container' || key === 'assumesToken' || key === 'unit' ? undefined : value,
    2,
  );
}
