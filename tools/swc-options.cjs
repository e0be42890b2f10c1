// One swc configuration for the build (tools/build.mjs) and the tests (jest configs), derived from
// tsconfig.base.json so path aliases and decorator settings cannot drift apart.
const path = require('node:path');
const fs = require('node:fs');

const root = path.resolve(__dirname, '..');
const base = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));

function swcOptions() {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      baseUrl: root,
      paths: base.compilerOptions.paths,
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  };
}

module.exports = { swcOptions, root };
