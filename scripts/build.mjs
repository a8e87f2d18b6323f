// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into self-contained files,
// with the built-in rules and the version inlined so dist/ runs without node_modules.
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const rulesDir = join(root, 'rules');
const ruleTexts = [];
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p);
    else if (entry.name.endsWith('.yaml') && !entry.name.endsWith('.test.yaml')) {
      ruleTexts.push({
        file: relative(root, p).split('\\').join('/'),
        text: readFileSync(p, 'utf8'),
      });
    }
  }
})(rulesDir);
ruleTexts.sort((a, b) => a.file.localeCompare(b.file));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  charset: 'utf8',
  define: {
    __KUBEGATE_BUILTIN_RULES__: JSON.stringify(ruleTexts),
    __KUBEGATE_VERSION__: JSON.stringify(version),
  },
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __kgCreateRequire } from 'node:module'; const require = __kgCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: [join(root, 'src/index.ts')],
  outfile: join(root, 'dist/index.js'),
});
await build({
  ...common,
  entryPoints: [join(root, 'src/cli.ts')],
  outfile: join(root, 'dist/cli.js'),
  banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
});
