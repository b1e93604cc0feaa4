import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LOCK = 'hvs.lock';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export type DataDirLock = { release(): void };

/**
 * Claims a PGlite data directory for this process. PGlite 0.5 leaves postmaster.pid behind after a kill -9 and the
 * next open then hangs; once our own lock proves no live process holds the directory, that file is stale and removed.
 * A directory held by a live process is refused with a clear message instead of being opened twice.
 */
export function lockDataDir(dir: string): DataDirLock {
  mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, LOCK);
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
      throw new Error(
        `The data directory ${dir} is in use by process ${pid}. Stop it, or set DATA_DIR to another folder.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  rmSync(path.join(dir, 'postmaster.pid'), { force: true });
  return {
    release() {
      const owner = existsSync(lockFile) ? readFileSync(lockFile, 'utf8').trim() : '';
      if (owner === String(process.pid)) rmSync(lockFile, { force: true });
    },
  };
}
