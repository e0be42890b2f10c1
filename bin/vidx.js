#!/usr/bin/env node
// Entry of `npx vidx`: rebuilds dist/ when a source file is newer than the last build (about a
// second), then runs the CLI. Runs on the Node the repository installs (see package.json engines).
'use strict';
const { existsSync, statSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..');
const main = join(root, 'dist/apps/cli/src/main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(main) || ['apps', 'libs'].some((d) => newestSource(join(root, d)) > statSync(main).mtimeMs);
if (stale) execFileSync(process.execPath, [join(root, 'tools/build.mjs'), '--quiet'], { stdio: 'inherit' });
require(main);
