// Summary of a V8 `.cpuprofile` (node --cpu-prof): self time by function and by module,
// so the bench can say where the whole scan's time goes below the stage level.
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: SelfTime[];
  modules: SelfTime[];
}

/** `node_modules/<pkg>` or the path under the repository, or V8's own label. */
function moduleOf(url: string, repoRoot: string): string {
  if (!url) return '(native / gc / idle)';
  const path = url.replace(/^file:\/\//, '');
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (nm) return `node_modules/${nm[1]}`;
  if (path.startsWith('node:')) return 'node: internals';
  return path.startsWith(repoRoot) ? path.slice(repoRoot.length + 1) : path;
}

const top = (m: Map<string, number>, n: number): SelfTime[] =>
  [...m.entries()]
    .map(([name, us]) => ({ name, ms: us / 1000 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n);

export function summarizeProfile(file: string, repoRoot: string, n = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const fns = new Map<string, number>();
  const mods = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    total += us;
    const mod = moduleOf(frame.url, repoRoot);
    // Lines are only meaningful for untransformed code (tsx's output maps to line 1).
    const at = frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'} ${mod}${at}`;
    fns.set(name, (fns.get(name) ?? 0) + us);
    mods.set(mod, (mods.get(mod) ?? 0) + us);
  });
  return { totalMs: total / 1000, functions: top(fns, n), modules: top(mods, n) };
}
