// Preloaded into the compiled API and worker by the production-build test: a package that only
// devDependencies provide fails to load from dist/server, as it would on an image installed with --omit=dev.
'use strict';
const Module = require('node:module');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const built = path.join(root, 'dist', 'server') + path.sep;
const { dependencies, devDependencies } = require(path.join(root, 'package.json'));
const devOnly = new Set(Object.keys(devDependencies).filter((name) => !(name in dependencies)));
const packageOf = (request) =>
  request
    .split('/')
    .slice(0, request.startsWith('@') ? 2 : 1)
    .join('/');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (parent?.filename?.startsWith(built) && devOnly.has(packageOf(request))) {
    throw new Error(`${path.relative(root, parent.filename)} loads ${request}, a devDependency`);
  }
  return resolve.call(this, request, parent, ...rest);
};
