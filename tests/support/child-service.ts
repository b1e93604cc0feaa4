import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export type ChildService = { url: string; proc: ChildProcess; output: () => string };

/** Starts `bot/start.ts` as its own process (as `npm start` does) and resolves once it listens. */
export function startChild(env: Record<string, string>, timeoutMs = 60_000): Promise<ChildService> {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bot/start.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
