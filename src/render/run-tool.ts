// Runs helm or kubectl once: execFile with an argument array (no shell), a hard
// timeout that kills the whole process group (a wrapper script's children too, so
// its pipes close and we do not wait for them), and a large output limit.
import { execFile, type ExecFileOptions } from 'node:child_process';

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

/** Error fields that execFile sets; Node's types do not name them all. */
interface ExecError extends Error {
  code?: string | number | null;
}

export function runTool(bin: string, args: readonly string[], options: RunToolOptions): Promise<ToolRun> {
  return new Promise((resolve) => {
    let timedOut = false;
    // `detached` puts the child in its own process group so that a timeout can kill
    // everything it started; ExecFileOptions does not declare it but spawn honours it.
    const execOptions: ExecFileOptions & { detached: boolean } = {
      env: options.env,
      maxBuffer: options.maxBufferBytes,
      windowsHide: true,
      detached: true,
    };
    const child = execFile(bin, [...args], execOptions, (error, stdout, stderr) => {
      clearTimeout(timer);
      const out = String(stdout);
      const err = String(stderr);
      if (timedOut) return resolve({ kind: 'timeout' });
      if (!error) return resolve({ kind: 'ok', stdout: out, stderr: err });
      const code = (error as ExecError).code;
      if (code === 'ENOENT' || code === 'EACCES') {
        return resolve({ kind: 'not-runnable', detail: error.message });
      }
      if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return resolve({ kind: 'too-large' });
      resolve({ kind: 'failed', stderr: err, detail: error.message });
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone, or no group (spawn failed): nothing to kill.
  }
}
