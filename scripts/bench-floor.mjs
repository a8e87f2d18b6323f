// The floor of the cold-process bench, run as a fresh `node` process: find the manifest files
// under a folder as the scan does (.yaml, .yml, .json; hidden folders and node_modules
// skipped), read each and parse it with js-yaml's loadAll. A file js-yaml rejects counts as
// read, as the scan reports it and goes on. Prints the documents read.
import { readdirSync, readFileSync } from 'node:fs';
import { argv, stdout } from 'node:process';
import { join } from 'node:path';
import yaml from 'js-yaml';

let documents = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(ya?ml|json)$/.test(entry.name)) {
      try {
        for (const doc of yaml.loadAll(readFileSync(path, 'utf8'))) if (doc) documents++;
      } catch {
        // counted as read: the scan reports such a file and goes on
      }
    }
  }
}
walk(argv[2]);
stdout.write(`${documents}\n`);
