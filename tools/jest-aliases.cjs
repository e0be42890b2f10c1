// Jest module aliases derived from tsconfig.base.json paths.
const { root } = require('./swc-options.cjs');
const base = require('../tsconfig.base.json');

module.exports = Object.fromEntries(
  Object.entries(base.compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    `${root}/${target}`,
  ]),
);
