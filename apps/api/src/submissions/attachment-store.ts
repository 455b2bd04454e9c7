import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';

export interface StoredFile {
  sha256: string;
  size: number;
  /** Where the bytes are, relative to the attachments folder. */
  storageKey: string;
}

/**
 * Attachment bytes, kept content-addressed: the same file sent twice is stored once, and a stored file never
 * changes. Written to a temporary name and renamed, so a reader never sees half a file.
 */
@Injectable()
export class AttachmentStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async put(content: Buffer): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const path = join(this.config.storage.dir, sha256);
    if (!(await exists(path))) {
      await mkdir(this.config.storage.dir, { recursive: true });
      const temporary = `${path}.${randomUUID()}.tmp`;
      await writeFile(temporary, content, { flag: 'wx' });
      await rename(temporary, path);
    }
    return { sha256, size: content.length, storageKey: sha256 };
  }
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );
