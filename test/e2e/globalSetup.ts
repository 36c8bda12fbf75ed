// Serves dist/ (made by `npm run build`) on 127.0.0.1 and tells the tests where, and where
// Chromium is. Without a build, or without Chromium in CI, the run fails with a clear message.
import { existsSync, mkdtempSync } from 'node:fs';
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

export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'data/index.json'))) {
    throw new Error(`No production build in ${dist}: run \`npm run build\` first (\`npm run test:e2e\` does).`);
  }
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    const message = `Chromium not found at ${chromium}: install it (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH.`;
    if (process.env.CI) throw new Error(message);
    console.warn(`${message} The browser tests are skipped.`);
  }
  // The fixtures are served too (at /fixtures/), so tests can open them with ?data=.
  const { server, url } = await serve(dist, 0, { '/fixtures/': resolve(import.meta.dirname, '../../fixtures'), '/e2e-data/': join(tmpdir(), 'cchc-e2e-data') });
  project.provide('baseUrl', url);
  project.provide('chromium', existsSync(chromium) ? chromium : '');
  project.provide('xdg', mkdtempSync(join(tmpdir(), 'cchc-e2e-')));
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
