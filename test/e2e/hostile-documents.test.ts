import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import {
  flateBombPdf,
  lyingZipBombDocx,
  pdfWithPages,
  zipBombDocx,
} from '../../libs/plan-import/src/extract/testing/hostile-documents';
import { type LoggedIn, useApiAs } from '../support/registry';
import { problemOf } from '../support/bodies';
import { type HttpTarget } from '../support/stack-apps';
import { plansImportedFrom, seed } from '../support/seed-plans';

describe('POST /plans/import refuses hostile documents and the API keeps answering', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;

  useApiAs('coordinator', (started) => ({ app, http, actor: coordinator } = started));

  const upload = (bytes: Buffer, filename: string) =>
    request(http).post('/api/plans/import').set(coordinator.auth).attach('file', bytes, filename);

  it.each([
    ['a .docx zip bomb (200 MB of zeros in 200 KB)', zipBombDocx(200), 'bom.docx', 413, 'document-too-large-unpacked'],
    ['a .docx whose entry lies about its size', lyingZipBombDocx(60), 'lying.docx', 413, 'document-too-large-unpacked'],
    ['a PDF of 301 pages', pdfWithPages(301), 'dai.pdf', 413, 'too-many-pages'],
  ])('refuses %s with 413 naming the file, writing nothing', async (_what, bytes, name, status, code) => {
    const response = await upload(bytes, name).expect(status);
    expect(problemOf(response)).toMatchObject({ code, errors: [expect.objectContaining({ field: 'file', code })] });
    expect(await plansImportedFrom(app, bytes)).toBe(0);
  });

  it('answers /health within a second while a PDF inflating to 400 MB is read, then refuses it and imports the next plan', async () => {
    const bomb = flateBombPdf(400);
    const started = Date.now();
    let importDoneAt = 0;
    const hostile = upload(bomb, 'bom.pdf').then((response) => {
      importDoneAt = Date.now();
      return response;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const healthLatencies: number[] = [];
    for (let n = 0; n < 5; n += 1) {
      const asked = Date.now();
      await request(http).get('/health').expect(200);
      healthLatencies.push(Date.now() - asked);
    }
    const healthDoneAt = Date.now();
    const response = await hostile;

    expect(response.status).toBe(422);
    expect(problemOf(response)).toMatchObject({ code: 'document-too-complex' });
    expect(importDoneAt).toBeGreaterThan(healthDoneAt);
    expect(Math.max(...healthLatencies)).toBeLessThan(1_000);
    expect(importDoneAt - started).toBeLessThan(25_000);
    expect(await plansImportedFrom(app, bomb)).toBe(0);

    const { name, bytes } = seed('003');
    await upload(bytes, name).expect(201);
  });
});
