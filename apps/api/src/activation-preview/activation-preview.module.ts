import { Module } from '@nestjs/common';
import { ProvinceDirectories } from '../plan-import/province-directories';
import { ActivationPreviewController } from './activation-preview.controller';
import { ActivationPreviewService } from './activation-preview.service';
import { DraftReviewService } from './draft-review.service';
import { TaskHolders } from './task-holders';

/** Read-only answers before a draft runs: GET /plans/:id/draft-review and /plans/:id/activation-preview. */
@Module({
  controllers: [ActivationPreviewController],
  providers: [ActivationPreviewService, DraftReviewService, ProvinceDirectories, TaskHolders],
})
export class ActivationPreviewModule {}
