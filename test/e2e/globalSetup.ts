// Serves dist/ (made by `npm run build`) on 127.0.0.1 and tells the tests where, and where
// Chromium is. Without a build, or without Chromium in CI, the run fails with a clear message.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
    xdg: string;
  }
}

function installChromium(): void {
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : spawnSync('sh', ['-c', 'command -v sudo'], { encoding: 'utf8' }).status === 0 ? ['sudo', '-n'] : null;
  if (!sudo || spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) return;
  console.warn('Chromium is missing: installing Debian\'s package for the browser tests (apt-get install -y chromium)…');
  const run = (args: string[]) => spawnSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (run(['apt-get', 'update', '-qq']).status === 0) run(['apt-get', 'install', '-y', '-qq', 'chromium']);
}

export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../../dist');
  mkdirSync(resolve(import.meta.dirname, '../../test-results'), { recursive: true });
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'data/index.json'))) {
    throw new Error(`No production build in ${dist}: run \`npm run build\` first (\`npm run test:e2e\` does).`);
  }
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // A fresh machine: install Debian's Chromium, as .ci/run does (with sudo where not root), rather
  // than skip the browser tests. Only where that is impossible are they skipped, and counted so.
  if (!existsSync(chromium) && !process.env.CHROMIUM_PATH) installChromium();
  if (!existsSync(chromium)) {
    const message = `Chromium not found at ${chromium} and it could not be installed (apt-get update && apt-get install -y chromium), or set CHROMIUM_PATH.`;
    if (process.env.CI) throw new Error(message);
    console.warn(`${message} The browser tests are skipped.`);
    writeFileSync(resolve(import.meta.dirname, '../../test-results/e2e-skipped.txt'), `${message}\n`);
  }
  // The fixtures are served too (at /fixtures/), so tests can open them with ?data=.
  const { server, url } = await serve(dist, 0, { '/fixtures/': resolve(import.meta.dirname, '../../fixtures'), '/e2e-data/': join(tmpdir(), 'cchc-e2e-data') });
  project.provide('baseUrl', url);
  project.provide('chromium', existsSync(chromium) ? chromium : '');
  project.provide('xdg', mkdtempSync(join(tmpdir(), 'cchc-e2e-')));
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
