// Compiles apps/ and libs/ (TypeScript, no specs) to dist/ with swc, rewriting @vidx/* aliases to
// relative paths. Type checking is separate (`npm run typecheck`); this stays a ~1 s step so that
// `npm start` and the integration tests always run current code.
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { transformFile } = require('@swc/core');
const { swcOptions, root } = require('./swc-options.cjs');

const outDir = path.join(root, 'dist');
const skip = /\.(spec|int-spec|e2e-spec)\.ts$|\.d\.ts$/;

async function* walk(dir) {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === 'test') continue;
      yield* walk(full);
    } else if (entry.name.endsWith('.ts') && !skip.test(entry.name)) {
      yield full;
    } else if (/\.(json|html|css|js|svg|png)$/.test(entry.name) && full.includes(`${path.sep}src${path.sep}`)) {
      yield full;
    }
  }
}

const started = Date.now();
let count = 0;
const jobs = [];
for (const top of ['apps', 'libs', 'tools']) {
  for await (const file of walk(path.join(root, top))) {
    const rel = path.relative(root, file);
    jobs.push(
      (async () => {
        const target = path.join(outDir, rel.replace(/\.ts$/, '.js'));
        await fs.mkdir(path.dirname(target), { recursive: true });
        if (!file.endsWith('.ts')) {
          await fs.copyFile(file, target);
          return;
        }
        const options = swcOptions();
        const { code } = await transformFile(file, { ...options, filename: file });
        await fs.writeFile(target, code);
        count += 1;
      })(),
    );
  }
}
await Promise.all(jobs);
if (!process.argv.includes('--quiet')) {
  console.error(`built ${count} files into dist/ in ${Date.now() - started} ms`);
}
