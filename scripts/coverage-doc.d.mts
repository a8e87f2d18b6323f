export interface CoverageTest {
  control: string;
  rule: string;
  file: string;
  case: string;
}
export interface CoverageRow {
  concept: string;
  area: string;
  kind: 'security' | 'reliability' | 'hygiene' | 'inventory';
  peers: Record<string, string[]>;
  kubegate?: string[];
  partly?: string;
  gap?: string;
  note?: string;
  tests?: CoverageTest[];
}
export interface CoverageData {
  peers: Record<
    string,
    { name: string; source: string; checks: number; inferred?: string[]; controls?: string[] }
  >;
  planned?: string[];
  reasons?: Record<string, string>;
  rows: CoverageRow[];
  kubegateOnly?: { rule: string; what: string }[];
}
export interface PeerSummary {
  listed: number;
  security: number;
  covered: number;
  partly: number;
  planned: number;
  gap: number;
}

export const PEERS: string[];
export function readCoverage(root: string): CoverageData;
export function builtinRuleFiles(root: string): Map<string, string>;
export function systemRuleIds(root: string): Set<string>;
export function rowStatus(
  row: Pick<CoverageRow, 'kubegate' | 'partly'>,
  known: Set<string>,
): { status: 'covered' | 'partly' | 'planned' | 'gap'; missing: string[] };
export function summarise(data: CoverageData, known: Set<string>): Record<string, PeerSummary>;
export function renderCoverage(
  data: CoverageData,
  repo: { rules: Map<string, string>; system: Set<string> },
): string;
export function buildCoverageDoc(root: string): string;
