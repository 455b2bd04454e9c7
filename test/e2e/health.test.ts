import request from 'supertest';
import { DataSource } from 'typeorm';
import { freePort } from '@dondoc/devstack';
import { stackConfig, startApi } from '../support/stack-apps';

const STOP_GRACE_MS = 10_000;

describe('GET /health', () => {
  it('is 200 with PostgreSQL and Temporal both up', async () => {
    const { app, http } = await startApi(stackConfig());
    try {
      const response = await request(http).get('/health').expect(200);
      expect(response.body).toEqual({ status: 'ok', checks: { postgres: 'up', temporal: 'up' } });
    } finally {
      await app.close();
    }
  });

  it('is 503 naming Temporal when nothing answers at TEMPORAL_ADDRESS, and the API still stops promptly', async () => {
    const { app, http } = await startApi(stackConfig({ TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` }));
    let stopping: number | undefined;
    try {
      const response = await request(http).get('/health').expect(503);
      expect(response.body).toEqual({ status: 'degraded', checks: { postgres: 'up', temporal: 'down' } });
    } finally {
      stopping = Date.now();
      await app.close();
    }
    // Within the 10 s a container runtime gives a stopping process before it kills it (docker stop's default); it
    // took 18 s while the overdue digest's start retried against the absent server.
    expect(Date.now() - stopping).toBeLessThan(STOP_GRACE_MS);
  });

  it('is 503 naming PostgreSQL once the database connection is gone', async () => {
    const { app, http } = await startApi(stackConfig());
    try {
      await app.get(DataSource).destroy();
      const response = await request(http).get('/health').expect(503);
      expect(response.body).toEqual({ status: 'degraded', checks: { postgres: 'down', temporal: 'up' } });
    } finally {
      await app.close();
    }
  });
});
