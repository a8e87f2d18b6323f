// Runs helm or kubectl once, with an argument array (no shell), a hard timeout and an
// output limit. This is spawn rather than execFile because execFile does not pass
// `detached` through: the child must lead its own process group so that a timeout
// can kill everything it started (a wrapper script's children too), otherwise an
// orphan holding the pipes keeps the render "running" past its timeout.
import { lazyBuiltin } from '../../util/lazy-builtin.js';

const childProcess = lazyBuiltin<typeof import('node:child_process')>('node:child_process');

export type ToolRun =
  | { kind: 'ok'; stdout: string; stderr: string }
  | { kind: 'failed'; stderr: string; detail: string }
  | { kind: 'timeout' }
  | { kind: 'not-runnable'; detail: string }
  | { kind: 'too-large' };

export interface RunToolOptions {
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  maxBufferBytes: number;
}

export function runTool(
  bin: string,
  args: readonly string[],
  options: RunToolOptions,
): Promise<ToolRun> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (run: ToolRun): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(run);
    };
    const child = childProcess().spawn(bin, [...args], {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      windowsHide: true,
    });
    const stop = (run: ToolRun): void => {
      killGroup(child.pid);
      // Do not wait for 'close': a process that escaped the group could hold the pipes.
      child.stdout.destroy();
      child.stderr.destroy();
      finish(run);
    };

    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > options.maxBufferBytes) stop({ kind: 'too-large' });
      else into.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));

    child.on('error', (e: NodeJS.ErrnoException) => {
      // ENOENT/EACCES: the binary is not there or not executable.
      finish({ kind: 'not-runnable', detail: e.message });
    });
    child.on('close', (code, signal) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0) finish({ kind: 'ok', stdout, stderr });
      else finish({ kind: 'failed', stderr, detail: `exited with ${signal ?? `code ${code}`}` });
    });
    const timer = setTimeout(() => stop({ kind: 'timeout' }), options.timeoutMs);
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone: nothing to kill.
  }
}
