#!/usr/bin/env node
// `npm start` and `npm test` on a fresh clone: install the npm packages when the lockfile changed, then hand over
// to the TypeScript script. Plain JavaScript with no dependencies, because nothing is installed yet.
'use strict';
const { execFileSync, spawn } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const [command, ...rest] = process.argv.slice(2);
if (!['start', 'test'].includes(command)) {
  process.stderr.write('usage: node scripts/bootstrap.js start|test [args…]\n');
  process.exit(2);
}

// `npm install`, not `npm ci`: it installs the locked versions too, but tolerates optional platform packages a
// registry mirror does not serve (several of @swc/core's), where `npm ci` refuses the whole lockfile.
const stamp = path.join(root, 'node_modules', '.dondoc-install-stamp');
const fingerprint = () =>
  createHash('sha256')
    .update(fs.readFileSync(path.join(root, 'package-lock.json')))
    .update(fs.readFileSync(path.join(root, 'package.json')))
    .digest('hex');
const installed = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : '';
if (installed !== fingerprint()) {
  process.stderr.write('[dondoc] Installing npm packages from package-lock.json…\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(stamp, fingerprint());
}

const tsNode = path.join(root, 'node_modules', 'ts-node', 'dist', 'bin.js');
const child = spawn(process.execPath, [tsNode, path.join(root, 'scripts', `${command}.ts`), ...rest], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the whole process group; the child shuts its services down and we wait for it.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
