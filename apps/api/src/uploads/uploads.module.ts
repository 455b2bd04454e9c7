import { Module } from '@nestjs/common';
import { AttachmentStore } from './attachment-store';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { OrphanSweeper } from './orphan-sweeper';

@Module({
  providers: [AttachmentStore, AttachmentUploadInterceptor, OrphanSweeper],
  exports: [AttachmentStore, AttachmentUploadInterceptor],
})
export class UploadsModule {}
