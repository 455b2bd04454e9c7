import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { productionGraph } from './production-graph';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Packages production loads by name at run time, which no import statement shows. */
const LOADED_BY_NAME: Record<string, string> = {
  pg: 'TypeORM requires the driver named by the data source type',
  '@nestjs/platform-express': 'NestFactory loads the HTTP adapter by name',
};

describe('production dependencies', () => {
  const { packages } = productionGraph();

  it('declares every package the API, the worker and the workflows import', () => {
    const undeclared = [...packages].filter(([pkg]) => !(pkg in manifest.dependencies));
    expect(undeclared.map(([pkg, file]) => `${pkg} (imported by ${file})`)).toEqual([]);
  });

  it('holds nothing production does not load: development and test tools are devDependencies', () => {
    const unused = Object.keys(manifest.dependencies).filter((pkg) => !packages.has(pkg) && !(pkg in LOADED_BY_NAME));
    expect(unused).toEqual([]);
  });
});
