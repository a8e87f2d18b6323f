// Where a run's time goes, by part (base scan, head scan, renders, GitHub API), for the one
// log line that says so at the end of a run, and for the Action's end-to-end bench. Parts may
// nest (renders happen inside the scans); each part counts wall time while any of its spans
// is open, so calls that overlap (API requests in flight together) are not counted twice.
// The clock is process.hrtime: Node's global `performance` is made on first use, which loads
// eleven of Node's modules (node:perf_hooks and what it needs), about 1.6 ms of every run.

/** Milliseconds from an arbitrary fixed point (for durations). */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

interface Part {
  open: number;
  since: number;
  total: number;
}

const parts = new Map<string, Part>();

function partOf(name: string): Part {
  let part = parts.get(name);
  if (!part) parts.set(name, (part = { open: 0, since: 0, total: 0 }));
  return part;
}

/** Opens a span of `name`; the function returned closes it (once). */
export function startSpan(name: string): () => void {
  const part = partOf(name);
  if (part.open++ === 0) part.since = nowMs();
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    if (--part.open === 0) part.total += nowMs() - part.since;
  };
}

/** Runs `work` as a span of `name`. */
export async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const end = startSpan(name);
  try {
    return await work();
  } finally {
    end();
  }
}

/** Milliseconds counted for each part so far, in the order the parts first appeared. */
export function timeByPart(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, part] of parts)
    out[name] = part.total + (part.open > 0 ? nowMs() - part.since : 0);
  return out;
}

/** The order parts are reported in: the run's own, then anything else as it came. */
const ORDER = ['scan', 'base scan', 'head scan', 'untouched charts', 'renders', 'GitHub API'];
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

/** "base scan 1.20 s, head scan 1.31 s, ..." */
export function timeReport(): string {
  return Object.entries(timeByPart())
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`)
    .join(', ');
}
