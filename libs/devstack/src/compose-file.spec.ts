import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { searchAttributeDeclarations } from '@dondoc/contracts';
import {
  HISTORY_SHARDS,
  NAMESPACE_RETENTION_DAYS,
  TEMPORAL_SCHEMAS,
  TEMPORAL_SERVER_VERSION,
  TEMPORAL_UI_SERVER_VERSION,
} from './temporal-cluster';

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string | number>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  healthcheck?: unknown;
  container_name?: string;
}

// No Docker engine runs here: what docker/compose.yml deploys is held to what the cluster test runs, and the file
// to the Compose Specification's schema (docker/compose-spec.schema.json, compose-spec/compose-spec at 170098b).
const dockerDir = join(__dirname, '../../../docker');
const compose = parse(readFileSync(join(dockerDir, 'compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const service = (name: string): ComposeService => compose.services[name];
const script = (name: string): string => service(name).command!.join('\n');
const version = (tag: string) => tag.replace(/^v/, '');

describe('docker/compose.yml, against the cluster the tests run', () => {
  it('is a Compose file docker compose accepts: valid by the Compose Specification’s own schema', () => {
    const { $schema, ...schema } = JSON.parse(readFileSync(join(dockerDir, 'compose-spec.schema.json'), 'utf8'));
    expect($schema).toMatch(/draft-07/);
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    const misspelt = structuredClone(compose);
    Object.assign(misspelt.services.worker, { restart_policy: 'always' });
    expect(validate(misspelt)).toBe(false);
    expect(validate.errors!.map((error) => error.instancePath)).toContain('/services/worker');
  });

  it('runs the Temporal server, its admin tools and the Web UI at the versions the cluster builds from Go', () => {
    expect(service('temporal').image).toBe(`temporalio/server:${version(TEMPORAL_SERVER_VERSION)}`);
    expect(service('temporal-schema').image).toBe(`temporalio/admin-tools:${version(TEMPORAL_SERVER_VERSION)}`);
    expect(service('temporal-namespace').image).toBe(`temporalio/admin-tools:${version(TEMPORAL_SERVER_VERSION)}`);
    expect(service('temporal-ui').image).toBe(`temporalio/ui:${version(TEMPORAL_UI_SERVER_VERSION)}`);
  });

  it('sets up both databases with the schemas and the steps the cluster starter uses, on as many shards', () => {
    const setup = script('temporal-schema');
    expect(setup).toContain(`temporal:${TEMPORAL_SCHEMAS.main}`);
    expect(setup).toContain(`temporal_visibility:${TEMPORAL_SCHEMAS.visibility}`);
    for (const step of [
      '--plugin postgres12',
      'create-database',
      'setup-schema -v 0.0',
      'update-schema --schema-name',
    ]) {
      expect(setup).toContain(step);
    }
    expect(service('temporal').environment).toMatchObject({
      DB: 'postgres12',
      DBNAME: 'temporal',
      VISIBILITY_DBNAME: 'temporal_visibility',
      NUM_HISTORY_SHARDS: HISTORY_SHARDS,
    });
  });

  it('registers the default namespace with the same retention and every search attribute dondoc declares', () => {
    const setup = script('temporal-namespace');
    expect(setup).toContain(`namespace create -n default --retention ${NAMESPACE_RETENTION_DAYS * 24}h`);
    const declared = /for attribute in ([^;]+);/.exec(setup)![1].trim().split(/\s+/);
    expect(Object.fromEntries(declared.map((pair) => pair.split('=')))).toEqual(searchAttributeDeclarations);
  });

  it('starts dondoc only after the migrations and the namespace, and lets workers scale', () => {
    for (const name of ['api', 'worker']) {
      expect(service(name).depends_on).toEqual({
        migrate: { condition: 'service_completed_successfully' },
        'temporal-namespace': { condition: 'service_completed_successfully' },
      });
      expect(service(name).restart).toBe('unless-stopped');
    }
    expect(service('worker').ports).toBeUndefined();
    expect(service('worker').container_name).toBeUndefined();
    expect(service('migrate').command).toEqual(['migrate']);
    expect(service('postgres').healthcheck).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain('postgres-data');
  });

  it('publishes only the API: not the database, not Temporal, not its Web UI, which has no login', () => {
    const published = Object.entries(compose.services).filter(([, definition]) => definition.ports);
    expect(published.map(([name]) => name)).toEqual(['api']);
  });
});
