// Part of `npm test`: end-to-end tests drive Debian's Chromium, which npm cannot install. On a fresh machine where we
// may (root, apt-get present) it is installed here, as .ci/run does; otherwise one line says what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `End-to-end tests need ${CHROMIUM}. Install it first: sudo apt-get install -y chromium fonts-noto-color-emoji`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's chromium for the end-to-end tests (once)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq && apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null', {
    stdio: 'inherit',
    env,
  });
}
