import { Module } from '@nestjs/common';
import { DirectoryModule } from '@dondoc/directory';
import { DirectoryController } from './directory.controller';
import { DirectoryService } from './directory.service';

@Module({
  imports: [DirectoryModule],
  controllers: [DirectoryController],
  providers: [DirectoryService],
  exports: [DirectoryService],
})
export class DirectoryApiModule {}
