// docs/coverage.md from docs/coverage.yaml and the rules that exist in rules/: which of the
// peers' file checks kubegate covers, concept by concept. scripts/build.mjs writes it;
// test/coverage.test.ts checks the data against the repository and that the page is fresh.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** The peers, in the order of the page's columns. */
export const PEERS = ['kube-linter', 'polaris', 'checkov', 'kubescape', 'kubesec', 'pss'];

const AREAS = [
  ['workload', 'Workloads: the pod and its containers'],
  ['identity', 'Workload identity'],
  ['secrets', 'Secrets'],
  ['rbac', 'RBAC'],
  ['admission', 'Admission'],
  ['exposure', 'Exposure and network'],
  ['images', 'Images'],
  ['resources', 'Resources and probes'],
  ['control-plane', "The cluster's own configuration"],
  ['operations', 'Operations'],
];

/** @param {string} root */
export function readCoverage(root) {
  return parse(readFileSync(join(root, 'docs/coverage.yaml'), 'utf8'));
}

/**
 * The built-in rules under `root`/rules: id -> the rule file's repository path.
 * @param {string} root
 * @returns {Map<string, string>}
 */
export function builtinRuleFiles(root) {
  const out = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.yaml') && !entry.name.endsWith('.test.yaml')) {
        const id = /^id:\s*(\S+)/m.exec(readFileSync(p, 'utf8'))?.[1];
        if (id) out.set(id, relative(root, p).split('\\').join('/'));
      }
    }
  };
  walk(join(root, 'rules'));
  return out;
}

/**
 * The engine's own rules (parse-error, rbac-permission-gain...), read from their source so
 * that this script needs no TypeScript.
 * @param {string} root
 * @returns {Set<string>}
 */
export function systemRuleIds(root) {
  const text = readFileSync(join(root, 'src/evaluate/rules/system-rules.ts'), 'utf8');
  const union = /export type SystemRuleId\s*=([^;]+);/.exec(text)?.[1] ?? '';
  return new Set([...union.matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]));
}

/**
 * How kubegate stands on one row: covered, partly (the row says so, or some of its rules
 * have not landed yet), planned (none of its rules exists yet), or gap (no rule).
 * @param {{kubegate?: string[], partly?: string}} row
 * @param {Set<string>} known
 */
export function rowStatus(row, known) {
  const rules = row.kubegate ?? [];
  if (rules.length === 0) return { status: 'gap', missing: [] };
  const missing = rules.filter((r) => !known.has(r));
  if (missing.length === rules.length) return { status: 'planned', missing };
  if (missing.length > 0 || row.partly) return { status: 'partly', missing };
  return { status: 'covered', missing };
}

/**
 * Per peer: how many ids the rows list, how many are security checks, and how many of those
 * kubegate covers, covers in part, has planned, or does not cover.
 * @param {ReturnType<typeof readCoverage>} data
 * @param {Set<string>} known
 */
export function summarise(data, known) {
  const out = {};
  for (const peer of PEERS) {
    out[peer] = { listed: 0, security: 0, covered: 0, partly: 0, planned: 0, gap: 0 };
  }
  for (const row of data.rows) {
    const { status } = rowStatus(row, known);
    for (const [peer, ids] of Object.entries(row.peers ?? {})) {
      const s = out[peer];
      s.listed += ids.length;
      if (row.kind !== 'security') continue;
      s.security += ids.length;
      s[status] += ids.length;
    }
  }
  return out;
}

const esc = (text) =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (id) => '`' + id + '`';

/**
 * @param {ReturnType<typeof readCoverage>} data
 * @param {{rules: Map<string, string>, system: Set<string>}} repo
 * @returns {string}
 */
export function renderCoverage(data, repo) {
  const known = new Set([...repo.rules.keys(), ...repo.system]);
  const reasons = data.reasons ?? {};
  const inferred = new Set(data.peers.kubescape?.inferred ?? []);
  const peerName = (p) => data.peers[p].name;
  const summary = summarise(data, known);

  const ruleRef = (id, mark = true) =>
    repo.rules.has(id)
      ? `[${code(id)}](rules.md#${id})`
      : repo.system.has(id)
        ? `${code(id)} (engine)`
        : `${code(id)}${mark ? ' (planned)' : ''}`;
  const peerCell = (row, peer) =>
    (row.peers?.[peer] ?? [])
      .map((id) =>
        peer === 'pss' ? id : code(id) + (peer === 'kubescape' && inferred.has(id) ? '†' : ''),
      )
      .join(', ');
  const reasonOf = (row) => esc(reasons[row.gap] ?? row.gap ?? '');
  const kubegateCell = (row) => {
    const { status } = rowStatus(row, known);
    if (status === 'gap') return `**not covered**: ${reasonOf(row)}`;
    const lines = [];
    if (status === 'planned') {
      lines.push(
        `**planned** (issue 18): ${row.kubegate.map((r) => ruleRef(r, false)).join(', ')}`,
      );
    } else if (status === 'partly') {
      lines.push(`**partly**: ${row.kubegate.map((r) => ruleRef(r)).join(', ')}`);
      if (row.partly) lines.push(esc(row.partly));
    } else lines.push(row.kubegate.map((r) => ruleRef(r)).join(', '));
    if (row.note) lines.push(esc(row.note));
    return lines.join('<br>');
  };
  const table = (rows) => [
    `| concept | ${PEERS.map(peerName).join(' | ')} | kubegate |`,
    `|---|${PEERS.map(() => '---').join('|')}|---|`,
    ...rows.map(
      (row) =>
        `| ${esc(row.concept)} | ${PEERS.map((p) => peerCell(row, p)).join(' | ')} | ${kubegateCell(row)} |`,
    ),
  ];

  const pct = (n, d) => (d === 0 ? '-' : `${Math.round((100 * n) / d)}%`);
  const summaryRow = (label, f) => `| ${label} | ${PEERS.map((p) => f(summary[p])).join(' | ')} |`;

  const security = data.rows.filter((r) => r.kind === 'security');
  const other = data.rows.filter((r) => r.kind !== 'security');

  const pssRows = (data.peers.pss?.controls ?? []).map((control) => {
    const row = data.rows.find((r) => (r.peers?.pss ?? []).includes(control));
    if (!row) return `| ${control} | **missing from the data** | |`;
    const tests = (row.tests ?? []).filter((t) => t.control === control);
    const rules = [...new Set(tests.map((t) => t.rule))];
    const proof = tests.map(
      (t) => `[${code(t.file.split('/').pop())}](../${t.file}) ${code(t.case)}`,
    );
    return `| ${control} | ${rules.map((r) => ruleRef(r)).join(', ')} | ${proof.join('<br>')} |`;
  });

  const only = (data.kubegateOnly ?? []).map((o) => `- ${ruleRef(o.rule)}: ${esc(o.what)}`);
  // Once every announced rule has landed, the page says nothing of plans.
  const planning = (data.planned ?? []).length > 0;

  return [
    '# What kubegate covers of its peers’ checks',
    '',
    '<!-- generated by scripts/build.mjs from docs/coverage.yaml and rules/; do not edit -->',
    '',
    'One row per check concept: every file check of kube-linter, Polaris, Checkov, Kubescape',
    '(its controls that run on files), kubesec and the Pod Security Standards is listed once,',
    'beside the kubegate rule that covers it or the reason none does. The peers’ ids come from',
    'their own sources (see [Sources](#sources)); the grouping, the wording and the judgement',
    planning
      ? 'are kubegate’s. A rule marked planned is announced by issue 18 and not in `rules/` yet.'
      : 'are kubegate’s.',
    '',
    '## Summary',
    '',
    '“Security checks” are the ids in rows about security (the rest are reliability, hygiene',
    'or inventory, listed [further down](#not-security-reliability-hygiene-inventory)). A check',
    'is covered when the rules of its row exist; partly when the row says kubegate leaves part',
    planning ? 'of it out, or some of its rules have not landed yet.' : 'of it out.',
    '',
    `| | ${PEERS.map(peerName).join(' | ')} |`,
    `|---|${PEERS.map(() => '---:').join('|')}|`,
    summaryRow('checks listed', (s) => s.listed),
    summaryRow('security checks on files', (s) => s.security),
    summaryRow('covered', (s) => s.covered),
    summaryRow('partly covered', (s) => s.partly),
    ...(planning ? [summaryRow('planned (issue 18)', (s) => s.planned)] : []),
    summaryRow('not covered', (s) => s.gap),
    summaryRow(
      '**covered, fully or partly**',
      (s) => `**${pct(s.covered + s.partly, s.security)}**`,
    ),
    '',
    '### What kubegate checks that none of them does',
    '',
    ...only,
    '',
    '## Pod Security Standards',
    '',
    'Every control of the Baseline and Restricted policies, with the test case in the rules',
    'harness that proves it (a `# ruleid:` annotation in that document). The harness runs',
    'every case on every test run.',
    '',
    '| control | kubegate rule | proven by |',
    '|---|---|---|',
    ...pssRows,
    '',
    '## Security checks, by area',
    '',
    ...AREAS.flatMap(([area, title]) => {
      const rows = security.filter((r) => r.area === area);
      return rows.length ? [`### ${title}`, '', ...table(rows), ''] : [];
    }),
    '## Not security: reliability, hygiene, inventory',
    '',
    ...table(other),
    '',
    '## Sources',
    '',
    ...PEERS.map(
      (p) => `- **${peerName(p)}** (${data.peers[p].checks} checks): ${esc(data.peers[p].source)}`,
    ),
    '',
    '† Kubescape controls whose file scope was judged from what they read, their control file',
    'not being at hand.',
    '',
    '## Keeping this page true',
    '',
    'The rows live in [`docs/coverage.yaml`](coverage.yaml), whose header gives the schema;',
    '`npm run build` writes this page. `test/coverage.test.ts` fails when a rule the data names',
    planning
      ? 'does not exist (unless it is planned), when a test case it cites does not carry the'
      : 'does not exist, when a test case it cites does not carry the',
    'rule’s `# ruleid:` annotation, when a Pod Security control is missing or listed twice,',
    'when a peer id appears twice, when a built-in rule is in no row and not listed as',
    'kubegate-only, and when this page is stale.',
    '',
  ].join('\n');
}

/** @param {string} root */
export function buildCoverageDoc(root) {
  return renderCoverage(readCoverage(root), {
    rules: builtinRuleFiles(root),
    system: systemRuleIds(root),
  });
}
