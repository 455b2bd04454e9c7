import { type DataSource } from 'typeorm';
import { PlanImportJobRepository } from '@dondoc/persistence';
import { openStackDataSource } from './database';

describe('PlanImportJobRepository on PostgreSQL', () => {
  let dataSource: DataSource;
  let jobs: PlanImportJobRepository;

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    jobs = new PlanImportJobRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  // Pages are read several at once, and each page's progress is written without waiting for the one before.
  it('moves a scan’s progress only forward, whatever order the pages’ writes land in', async () => {
    const job = await jobs.start({ filename: 'kế-hoạch-quét.pdf', province: null, createdBy: null });
    await jobs.progress(job.id, 2, 9);
    await jobs.progress(job.id, 1, 9);
    await expect(jobs.getById(job.id)).resolves.toMatchObject({ status: 'reading', pagesDone: 2, pagesTotal: 9 });
    await jobs.progress(job.id, 3, 9);
    await expect(jobs.getById(job.id)).resolves.toMatchObject({ pagesDone: 3 });
  });

  it('leaves a finished job as it ended when a page’s write lands after it', async () => {
    const job = await jobs.start({ filename: 'kế-hoạch-quét.pdf', province: null, createdBy: null });
    await jobs.fail(job.id, { status: 422, code: 'ocr-timeout' });
    await jobs.progress(job.id, 9, 9);
    await expect(jobs.getById(job.id)).resolves.toMatchObject({ status: 'failed', pagesDone: 0 });
  });
});
