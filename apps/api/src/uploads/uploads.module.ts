import { Module } from '@nestjs/common';
import { AttachmentStore } from './attachment-store';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';

@Module({
  providers: [AttachmentStore, AttachmentUploadInterceptor],
  exports: [AttachmentStore, AttachmentUploadInterceptor],
})
export class UploadsModule {}
