import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DEFAULT_SCORING_RUBRIC, type ScoringRubric, rankAgencies } from '@dondoc/domain';
import { AuditEventRepository } from '@dondoc/persistence';
import { type Case, entryOf } from '../../libs/domain/src/reports/scoring.fixture';
import { type LoggedIn, loginAs } from '../support/registry';
import { problemOf, rowOf } from '../support/bodies';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

interface RubricVersion {
  version: number;
  rules: ScoringRubric;
  note: string | null;
  createdByEmail: string | null;
  createdAt: string;
}
interface RubricList {
  latest: RubricVersion;
  versions: Array<Omit<RubricVersion, 'rules'>>;
}

const rulesWith = (changes: Record<string, unknown>) => ({ ...DEFAULT_SCORING_RUBRIC, ...changes });

/** One class of invalid input each, and the field its 400 names. */
const REFUSED: Array<[string, Record<string, unknown>, string]> = [
  ['a negative deduction', { rules: rulesWith({ deductionPerDayLate: -1 }) }, 'rules.deductionPerDayLate'],
  ['nothing for on time', { rules: rulesWith({ onTimePoints: 0 }) }, 'rules.onTimePoints'],
  ['three decimals', { rules: rulesWith({ deductionPerReturn: 0.125 }) }, 'rules.deductionPerReturn'],
  [
    'a tiny number in exponent form',
    { rules: rulesWith({ missedReportDeduction: 4.2e-284 }) },
    'rules.missedReportDeduction',
  ],
  [
    'a weight in exponent form',
    { rules: rulesWith({ roleWeights: { lead: 5e-324, coordinating: 1 } }) },
    'rules.roleWeights.lead',
  ],
  ['a number as text', { rules: rulesWith({ missedReportDeduction: '100' }) }, 'rules.missedReportDeduction'],
  ['an unknown day unit', { rules: rulesWith({ lateDays: 'business' }) }, 'rules.lateDays'],
  ['a cap left out', { rules: { ...DEFAULT_SCORING_RUBRIC, maxLateDeduction: undefined } }, 'rules.maxLateDeduction'],
  ['a weight above 10', { rules: rulesWith({ roleWeights: { lead: 11, coordinating: 1 } }) }, 'rules.roleWeights.lead'],
  ['no role weighed', { rules: rulesWith({ roleWeights: { lead: 0, coordinating: 0 } }) }, 'rules.roleWeights'],
  ['open work above on time', { rules: rulesWith({ openInTimePoints: 120 }) }, 'rules.openInTimePoints'],
  ['an unknown rule', { rules: rulesWith({ bonusPoints: 5 }) }, 'rules.bonusPoints'],
  ['no rules', { note: 'Thiếu thang điểm' }, 'rules'],
  ['a note of 1,001 characters', { rules: DEFAULT_SCORING_RUBRIC, note: 'đ'.repeat(1001) }, 'note'],
];

describe('scoring rubrics: versioned configuration, never edited in place', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  let viewer: LoggedIn;

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    coordinator = await loginAs(app, http, 'coordinator');
    viewer = await loginAs(app, http, 'viewer');
  });

  afterAll(() => app.close());

  const readList = async (actor = viewer) =>
    rowOf<RubricList>(await request(http).get('/api/scoring-rubrics').set(actor.auth).expect(200));
  const readVersion = async (version: number, actor = viewer) =>
    rowOf<RubricVersion>(await request(http).get(`/api/scoring-rubrics/${version}`).set(actor.auth).expect(200));
  const put = (body: object, actor = coordinator) =>
    request(http).put('/api/scoring-rubrics').set(actor.auth).send(body);

  it('starts from version 1, dondoc’s default, which every signed-in role reads', async () => {
    const officer = await loginAs(app, http, 'agency_officer');
    expect(await readVersion(1, officer)).toMatchObject({
      version: 1,
      rules: DEFAULT_SCORING_RUBRIC,
      createdByEmail: null,
    });
    const { latest, versions } = await readList(officer);
    expect(versions[0].version).toBe(latest.version);
    expect(versions.at(-1)).toMatchObject({ version: 1, note: 'Thang điểm mặc định của dondoc' });
  });

  it('makes a new version on a change, keeps the old one as it was, and old scores come out the same', async () => {
    const agency = (name: string, kinds: Case[]) => kinds.map((kind) => entryOf(name, kind));
    const entries = [
      ...agency('Sở Tư pháp', ['onTime', 'returnedThenAccepted', 'returnedThenAccepted']),
      ...agency('Sở Tài chính', ['lateAfterExtension', 'onTime', 'onTime']),
    ];
    const rank = ({ rules, version }: RubricVersion) => rankAgencies(rules, version, entries);
    const before = (await readList()).latest;
    const scoredBefore = rank(before);
    const version1 = await readVersion(1);

    const changed = { ...before.rules, lateFlatDeduction: 0, deductionPerReturn: 20, lateDays: 'calendar' };
    const note = 'Theo Quyết định số 12/QĐ-UBND ngày 15/01/2027';
    const response = await put({ rules: changed, note: ` ${note.normalize('NFD')} ` }).expect(200);
    const created = rowOf<RubricVersion>(response);
    expect(created).toMatchObject({ version: before.version + 1, rules: changed, note });
    expect(created.createdByEmail).toBe(coordinator.user.email);

    expect(await readVersion(created.version)).toEqual(created);
    expect(await readVersion(1)).toEqual(version1);
    expect(await readVersion(before.version)).toEqual(before);
    const { latest, versions } = await readList();
    expect(latest).toEqual(created);
    expect(versions.slice(0, 2).map((row) => row.version)).toEqual([created.version, before.version]);

    expect(rank(await readVersion(before.version))).toEqual(scoredBefore);
    expect(rank(created).rows.map((row) => [row.agencyName, row.score])).not.toEqual(
      scoredBefore.rows.map((row) => [row.agencyName, row.score]),
    );
    expect(rank(created).rubricVersion).toBe(created.version);

    const audit = await app.get(AuditEventRepository).listForEntity('scoring_rubric', String(created.version));
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: 'scoring_rubric.create',
        actorEmail: coordinator.user.email,
        before: expect.objectContaining({ version: before.version, rules: before.rules }),
        after: expect.objectContaining({ version: created.version, rules: changed }),
      }),
    ]);
  });

  it('lets an administrator make a version too, a note left out being none', async () => {
    const admin = await loginAs(app, http, 'admin');
    const created = rowOf<RubricVersion>(await put({ rules: DEFAULT_SCORING_RUBRIC }, admin).expect(200));
    expect(created).toMatchObject({ rules: DEFAULT_SCORING_RUBRIC, note: null, createdByEmail: admin.user.email });
  });

  describe('refuses invalid rules with a 400 naming the field, making no version', () => {
    it.each(REFUSED)('%s', async (_case, body, field) => {
      const before = (await readList()).latest.version;
      const refused = await put(body).expect(400);
      expect(problemOf(refused).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect((await readList()).latest.version).toBe(before);
    });
  });

  it('is 403 on a change for a viewer, an agency officer and an inspector', async () => {
    const before = (await readList()).latest.version;
    for (const role of ['viewer', 'agency_officer', 'inspector'] as const) {
      const actor = await loginAs(app, http, role);
      await put({ rules: DEFAULT_SCORING_RUBRIC }, actor).expect(403);
    }
    expect((await readList()).latest.version).toBe(before);
  });

  it('is 404 for a version that does not exist, and 400 naming version for one that is not a number', async () => {
    await request(http).get('/api/scoring-rubrics/2147483647').set(viewer.auth).expect(404);
    for (const version of ['0', 'abc', '1.5', '2147483648']) {
      const refused = await request(http).get(`/api/scoring-rubrics/${version}`).set(viewer.auth).expect(400);
      expect(problemOf(refused).errors).toEqual([expect.objectContaining({ field: 'version' })]);
    }
  });

  it('is refused by the database itself when anything edits or deletes a stored version', async () => {
    const database = app.get(DataSource);
    await expect(database.query(`UPDATE "scoring_rubrics" SET "note" = 'sửa' WHERE "version" = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(database.query(`DELETE FROM "scoring_rubrics" WHERE "version" = 1`)).rejects.toThrow(/append-only/);
    expect((await readVersion(1)).rules).toEqual(DEFAULT_SCORING_RUBRIC);
  });
});
