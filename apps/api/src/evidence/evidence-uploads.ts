import type { BlobStore, UploadProgress } from '@app/blob-store';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { answeringStoreErrors } from './evidence-errors';
import { peekHead } from './evidence-head';
import { evidenceLimitOf, sniffEvidenceType } from './evidence-types';
import { BLOB_STORE } from './blob-store.provider';

export interface StoredEvidence {
  hash: string;
  size: number;
  contentType: string;
}

/**
 * A resumable upload's label, kept by the blob store with the upload, so any api instance, also
 * after a restart, knows who began it and what type it announced.
 */
interface Announced {
  actorId: string;
  contentType: string;
  sha256: string;
}

function announcedOf(label: Readonly<Record<string, string>>): Announced | undefined {
  const { actorId, contentType, sha256 } = label;
  return actorId && contentType && sha256 ? { actorId, contentType, sha256 } : undefined;
}

/** The type the head shows, checked against the declared one and allowed: else 415. */
export function checkedType(head: Uint8Array, declared: string | undefined): string {
  if (head.length === 0) throw new ApiError(400, 'EVIDENCE_EMPTY', 'The file is empty');
  const sniffed = sniffEvidenceType(head);
  if (!sniffed)
    throw new ApiError(415, 'EVIDENCE_TYPE_UNSUPPORTED', 'Photos, audio, video, PDF documents or scans');
  if (declared !== undefined && declared !== sniffed) {
    throw new ApiError(415, 'EVIDENCE_TYPE_CONTRADICTED', `The content is ${sniffed}, not ${declared}`, {
      declared,
      sniffed,
    });
  }
  return sniffed;
}

/** A declared type the platform keeps (for a resumable upload, announced before any byte): else 415. */
export function limitOf(contentType: string): number {
  const limit = evidenceLimitOf(contentType);
  if (limit === undefined)
    throw new ApiError(415, 'EVIDENCE_TYPE_UNSUPPORTED', `Files of type ${contentType} are not kept`);
  return limit;
}

/**
 * Files into the blob store, streamed: the type is sniffed from the first bytes, the size limit
 * is the sniffed type's, the hash checked by the store. Nothing is kept of a refused or broken upload.
 */
@Injectable()
export class EvidenceUploads {
  constructor(@Inject(BLOB_STORE) private readonly store: BlobStore) {}

  async receive(
    body: AsyncIterable<Uint8Array>,
    declared: string | undefined,
    expectedHash: string | undefined,
  ): Promise<StoredEvidence> {
    const { head, content } = await peekHead(body);
    const contentType = checkedType(head, declared);
    const stored = await answeringStoreErrors(() =>
      this.store.put(content, { maxBytes: limitOf(contentType), ...(expectedHash ? { expectedHash } : {}) }),
    );
    return { ...stored, contentType };
  }

  /** The upload's id, and the granularity the store keeps appends in (send multiples of it). */
  async begin(
    actorId: string,
    size: number,
    sha256: string,
    contentType: string,
  ): Promise<{ uploadId: string; partSize: number }> {
    const maxBytes = limitOf(contentType);
    if (size > maxBytes)
      throw new ApiError(413, 'EVIDENCE_TOO_LARGE', `The file is over ${maxBytes} bytes`, { maxBytes });
    const label: Announced = { actorId, contentType, sha256 };
    return answeringStoreErrors(() =>
      this.store.beginUpload({ size, expectedHash: sha256, maxBytes, label: { ...label } }),
    );
  }

  async status(
    actorId: string,
    uploadId: string,
  ): Promise<{ offset: number; size: number; partSize: number }> {
    const progress = (await this.own(actorId, uploadId)).progress;
    return { offset: progress.received, size: progress.size, partSize: progress.partSize };
  }

  /** Appends at `offset`; the first bytes (offset 0) must show the type announced. */
  async append(
    actorId: string,
    uploadId: string,
    offset: number,
    body: AsyncIterable<Uint8Array>,
  ): Promise<number> {
    const { announced } = await this.own(actorId, uploadId);
    let content = body;
    if (offset === 0) {
      const peeked = await peekHead(body);
      try {
        checkedType(peeked.head, announced.contentType);
      } catch (error) {
        await answeringStoreErrors(() => this.store.abortUpload(uploadId));
        throw error;
      }
      content = peeked.content;
    }
    const { received } = await answeringStoreErrors(() => this.store.appendUpload(uploadId, offset, content));
    return received;
  }

  async complete(actorId: string, uploadId: string): Promise<StoredEvidence> {
    const { announced } = await this.own(actorId, uploadId);
    const before = await answeringStoreErrors(() => this.store.stat(announced.sha256));
    const stored = await answeringStoreErrors(() => this.store.completeUpload(uploadId));
    try {
      const contentType = checkedType(await this.headOf(stored.hash), announced.contentType);
      if (stored.size > limitOf(contentType))
        throw new ApiError(413, 'EVIDENCE_TOO_LARGE', 'The file is over its type’s limit');
      return { ...stored, contentType };
    } catch (error) {
      // Refused after assembly (its first bytes were not appended here): keep nothing new.
      if (!before) await this.store.delete(stored.hash).catch(() => false);
      throw error;
    }
  }

  async abort(actorId: string, uploadId: string): Promise<void> {
    await this.own(actorId, uploadId);
    await answeringStoreErrors(() => this.store.abortUpload(uploadId));
  }

  /** The first bytes of a stored file (to sniff its type when it is attached). */
  async headOf(hash: string): Promise<Uint8Array> {
    const stream = await answeringStoreErrors(() => this.store.get(hash));
    if (!stream) throw ApiError.notFound('EVIDENCE_BLOB_NOT_FOUND', 'Upload the file first, then attach it');
    const { head } = await peekHead(stream);
    stream.destroy();
    return head;
  }

  /** The caller's own upload, as the store keeps it; another user's is answered as no upload at all. */
  private async own(
    actorId: string,
    uploadId: string,
  ): Promise<{ progress: UploadProgress; announced: Announced }> {
    const progress = await answeringStoreErrors(() => this.store.uploadStatus(uploadId));
    const announced = progress && announcedOf(progress.label);
    if (!progress || !announced || announced.actorId !== actorId)
      throw ApiError.notFound('UPLOAD_NOT_FOUND', 'No such upload');
    return { progress, announced };
  }
}
