import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { access, mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { type FileKind, sniffFileKind, ZipPartWatcher } from './file-types';

export interface StoredFile {
  sha256: string;
  size: number;
  /** Where the bytes are, relative to the attachments folder. */
  storageKey: string;
  /** What the bytes are, whatever the name says; null for a kind no report may carry. */
  kind: FileKind | null;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Attachment bytes, kept content-addressed: the same file sent twice is stored once, and a stored file never
 * changes. Streamed to a temporary name while hashed, then renamed, so a reader never sees half a file.
 */
@Injectable()
export class AttachmentStore {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = config.storage.dir;
  }

  put(content: Buffer): Promise<StoredFile> {
    const stream = new PassThrough();
    stream.end(content);
    return this.putStream(stream);
  }

  /** `onChunk` sees every chunk as it goes by: a size limit can abort the upload mid-stream by throwing. */
  async putStream(source: Readable, onChunk: (chunk: Buffer) => void = () => undefined): Promise<StoredFile> {
    await mkdir(this.dir, { recursive: true });
    const temporary = join(this.dir, `${randomUUID()}.tmp`);
    const hash = createHash('sha256');
    const zip = new ZipPartWatcher();
    let head = Buffer.alloc(0);
    let size = 0;
    try {
      await pipeline(
        source,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            onChunk(chunk);
            size += chunk.length;
            hash.update(chunk);
            zip.push(chunk);
            if (head.length < 16) head = Buffer.concat([head, chunk]).subarray(0, 16);
            yield chunk;
          }
        },
        createWriteStream(temporary, { flags: 'wx' }),
      );
      const sha256 = hash.digest('hex');
      const path = join(this.dir, sha256);
      if (await exists(path)) {
        await rm(temporary, { force: true });
        // Sent again: the orphan sweep judges a file by its last use, not its first.
        const now = new Date();
        await utimes(path, now, now);
      } else await rename(temporary, path);
      return { sha256, size, storageKey: sha256, kind: sniffFileKind(head, zip.parts) };
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** A stored file to send back; null for a key that is not one of ours. */
  async open(storageKey: string): Promise<ReadStream | null> {
    if (!SHA256.test(storageKey)) return null;
    const path = join(this.dir, storageKey);
    return (await exists(path)) ? createReadStream(path) : null;
  }

  /**
   * Removes files no report or finding holds and nobody has sent for `graceMs` (a crash between storing a file
   * and recording its report leaves one), and temporary files of uploads that never finished.
   */
  async sweepOrphans(held: ReadonlySet<string>, graceMs: number, now = Date.now()): Promise<SweepResult> {
    const result: SweepResult = { removed: 0, kept: 0 };
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      const orphan = name.endsWith('.tmp') || (SHA256.test(name) && !held.has(name));
      const path = join(this.dir, name);
      const age = now - (await stat(path).catch(() => ({ mtimeMs: now }))).mtimeMs;
      if (orphan && age > graceMs) {
        await rm(path, { force: true });
        result.removed += 1;
      } else result.kept += 1;
    }
    return result;
  }

  /** Drops the bytes of a refused upload, unless some stored report or finding holds the same file. */
  async discard(files: readonly StoredFile[], isReferenced: (sha256: string) => Promise<boolean>): Promise<void> {
    for (const { storageKey, sha256 } of files) {
      if (SHA256.test(storageKey) && !(await isReferenced(sha256)))
        await rm(join(this.dir, storageKey), { force: true });
    }
  }
}

export interface SweepResult {
  removed: number;
  kept: number;
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );
