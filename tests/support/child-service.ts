import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleService } from '../../bot/bundle-service';

const ROOT = path.resolve(import.meta.dirname, '../..');
let bundled: Promise<string> | undefined;

/**
 * The node flags and entry of `npm start` itself, so tests and benches run (and measure) the service as it is deployed.
 * Spawned directly rather than through npm, so that the child's pid is the service's.
 */
function startArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  // `exec` lets the shell npm starts become the service, so a SIGTERM to `npm start` reaches it.
  const [exec, node, ...args] = scripts.start.trim().split(/\s+/);
  if (exec !== 'exec' || node !== 'node')
    throw new Error(`"start" in package.json should be "exec node …": ${scripts.start}`);
  return args;
}

export type ChildService = { url: string; proc: ChildProcess; output: () => string };

/** Spawns the service as `npm start` runs it (bundled, then node), on a free port, without waiting for it. */
export async function spawnService(env: Record<string, string>): Promise<ChildProcess> {
  await (bundled ??= bundleService());
  return spawn(process.execPath, startArgs(), {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', DEV_SIGN_IN: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts the service as its own process, as `npm start` does, and resolves once it listens. */
export async function startChild(env: Record<string, string>, timeoutMs = 60_000): Promise<ChildService> {
  return listening(await spawnService(env), timeoutMs);
}

/** Resolves once a started service (or the `npm start` around it) says where it listens; kills it if it never does. */
export function listening(proc: ChildProcess, timeoutMs = 60_000): Promise<ChildService> {
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`service did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = out.match(/running on (http:\/\/localhost:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1].replace('localhost', '127.0.0.1'), proc, output: () => out });
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with code ${code}:\n${out}`));
    });
  });
}

/** Waits for a child to exit and returns its exit code and output. */
export function exitOf(proc: ChildProcess): Promise<number | null> {
  // A killed process has a signalCode and a null exitCode; either means the exit event has already passed.
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve(proc.exitCode);
  return new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
}
