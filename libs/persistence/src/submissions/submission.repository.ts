import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, type Repository } from 'typeorm';
import { withinTransaction } from '../common/transactions';
import { type ReviewOutcome, type SubmissionAttachment, SubmissionEntity } from './submission.entity';

export interface NewSubmission {
  reportText: string | null;
  attachments?: SubmissionAttachment[];
  submittedBy: string | null;
  submittedByEmail?: string | null;
  submittedAt?: Date;
}

export interface Review {
  outcome: ReviewOutcome;
  comment: string | null;
  reviewedBy: string | null;
  reviewedAt?: Date;
}

@Injectable()
export class SubmissionRepository {
  private readonly submissions: Repository<SubmissionEntity>;

  constructor(dataSource: DataSource) {
    this.submissions = dataSource.getRepository(SubmissionEntity);
  }

  /**
   * Stores the next version of the assignment's report. Two concurrent submissions race for the same version and
   * the loser fails with a unique violation (isUniqueViolation), which the caller maps to 409.
   */
  addVersion(assignmentId: string, submission: NewSubmission, manager?: EntityManager): Promise<SubmissionEntity> {
    return withinTransaction(this.submissions.manager, manager, async (transaction) => {
      const repository = transaction.getRepository(SubmissionEntity);
      const [{ next }] = await repository.query<Array<{ next: number }>>(
        `SELECT coalesce(max("version"), 0) + 1 AS "next" FROM "submissions" WHERE "assignment_id" = $1`,
        [assignmentId],
      );
      const { submittedAt, ...fields } = submission;
      return repository.save(
        repository.create({
          attachments: [],
          ...fields,
          ...(submittedAt ? { submittedAt } : {}),
          assignmentId,
          version: next,
        }),
      );
    });
  }

  /** The workflow numbers versions itself; keyed by (assignment, version), so a retried activity stores it once. */
  async recordVersion(assignmentId: string, version: number, submission: NewSubmission): Promise<void> {
    await this.submissions
      .createQueryBuilder()
      .insert()
      .values({ attachments: [], ...submission, assignmentId, version })
      .orIgnore()
      .execute();
  }

  /** Records the review of one version once; a retry finds it reviewed and changes nothing. */
  async reviewVersion(assignmentId: string, version: number, review: Review): Promise<void> {
    const submission = await this.submissions.findOneBy({ assignmentId, version });
    if (submission) await this.recordReview(assignmentId, submission.id, review);
  }

  /** Newest first. */
  listForAssignment(assignmentId: string): Promise<SubmissionEntity[]> {
    return this.submissions.find({ where: { assignmentId }, order: { version: 'DESC' } });
  }

  /** Whether any report holds this file, so a refused upload's bytes can go. */
  async referencesFile(sha256: string): Promise<boolean> {
    const [{ count }] = await this.submissions.query<Array<{ count: string }>>(
      `SELECT count(*) FROM "submissions" WHERE "attachments" @> jsonb_build_array(jsonb_build_object('sha256', $1::text))`,
      [sha256],
    );
    return Number(count) > 0;
  }

  /** The bytes an agency's reports hold, each stored file counted once: what its storage quota measures. */
  async bytesHeldByAgency(agencyId: string): Promise<number> {
    const [{ bytes }] = await this.submissions.query<Array<{ bytes: string }>>(
      `SELECT coalesce(sum(size), 0) AS bytes FROM (
         SELECT DISTINCT file->>'storageKey' AS key, (file->>'size')::bigint AS size
         FROM "submissions" submission
         JOIN "assignments" assignment ON assignment.id = submission.assignment_id,
         jsonb_array_elements(submission.attachments) file
         WHERE assignment.agency_id = $1
       ) held`,
      [agencyId],
    );
    return Number(bytes);
  }

  /** Every stored file some report or finding holds: what the orphan sweep keeps. */
  async heldStorageKeys(): Promise<Set<string>> {
    const rows = await this.submissions.query<Array<{ key: string }>>(
      `SELECT file->>'storageKey' AS key FROM "submissions", jsonb_array_elements(attachments) file
       UNION SELECT file->>'storageKey' FROM "inspection_findings", jsonb_array_elements(attachments) file`,
    );
    return new Set(rows.map((row) => row.key));
  }

  getVersion(assignmentId: string, version: number): Promise<SubmissionEntity | null> {
    return this.submissions.findOneBy({ assignmentId, version });
  }

  getLatest(assignmentId: string): Promise<SubmissionEntity | null> {
    return this.submissions.findOne({ where: { assignmentId }, order: { version: 'DESC' } });
  }

  /** The newest version of each assignment's report, in one query; an assignment with none is absent. */
  latestOfEach(assignmentIds: readonly string[]): Promise<SubmissionEntity[]> {
    if (assignmentIds.length === 0) return Promise.resolve([]);
    return this.submissions
      .createQueryBuilder('submission')
      .distinctOn(['submission.assignment_id'])
      .where('submission.assignment_id IN (:...assignmentIds)', { assignmentIds: [...assignmentIds] })
      .orderBy('submission.assignment_id')
      .addOrderBy('submission.version', 'DESC')
      .getMany();
  }

  getForAssignment(assignmentId: string, id: string): Promise<SubmissionEntity | null> {
    return this.submissions.findOneBy({ assignmentId, id });
  }

  /** Records the review once: false when the submission is missing or was already reviewed. */
  async recordReview(assignmentId: string, id: string, review: Review, manager?: EntityManager): Promise<boolean> {
    const repository = manager ? manager.getRepository(SubmissionEntity) : this.submissions;
    const result = await repository.update(
      { assignmentId, id, reviewOutcome: IsNull() },
      {
        reviewOutcome: review.outcome,
        reviewComment: review.comment,
        reviewedBy: review.reviewedBy,
        reviewedAt: review.reviewedAt ?? new Date(),
      },
    );
    return (result.affected ?? 0) > 0;
  }
}
