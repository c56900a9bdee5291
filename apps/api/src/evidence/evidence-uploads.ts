import type { BlobStore } from '@app/blob-store';
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

/** A resumable upload as this process knows it: who began it and what it announced. */
interface Announced {
  actorId: string;
  contentType: string;
  sha256: string;
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
  private readonly announced = new Map<string, Announced>();

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

  async begin(actorId: string, size: number, sha256: string, contentType: string): Promise<string> {
    const maxBytes = limitOf(contentType);
    if (size > maxBytes)
      throw new ApiError(413, 'EVIDENCE_TOO_LARGE', `The file is over ${maxBytes} bytes`, { maxBytes });
    const { uploadId } = await answeringStoreErrors(() =>
      this.store.beginUpload({ size, expectedHash: sha256, maxBytes }),
    );
    this.announced.set(uploadId, { actorId, contentType, sha256 });
    return uploadId;
  }

  async status(actorId: string, uploadId: string): Promise<{ offset: number; size: number }> {
    this.assertOwn(actorId, uploadId);
    const progress = await answeringStoreErrors(() => this.store.uploadStatus(uploadId));
    if (!progress) throw ApiError.notFound('UPLOAD_NOT_FOUND', 'No such upload');
    return { offset: progress.received, size: progress.size };
  }

  /** Appends at `offset`; the first bytes (offset 0) must show the type announced. */
  async append(
    actorId: string,
    uploadId: string,
    offset: number,
    body: AsyncIterable<Uint8Array>,
  ): Promise<number> {
    this.assertOwn(actorId, uploadId);
    let content = body;
    const announced = this.announced.get(uploadId);
    if (offset === 0 && announced) {
      const peeked = await peekHead(body);
      try {
        checkedType(peeked.head, announced.contentType);
      } catch (error) {
        await answeringStoreErrors(() => this.store.abortUpload(uploadId));
        this.announced.delete(uploadId);
        throw error;
      }
      content = peeked.content;
    }
    const { received } = await answeringStoreErrors(() => this.store.appendUpload(uploadId, offset, content));
    return received;
  }

  async complete(actorId: string, uploadId: string): Promise<StoredEvidence> {
    this.assertOwn(actorId, uploadId);
    const announced = this.announced.get(uploadId);
    const before = announced
      ? await answeringStoreErrors(() => this.store.stat(announced.sha256))
      : undefined;
    const stored = await answeringStoreErrors(() => this.store.completeUpload(uploadId));
    this.announced.delete(uploadId);
    try {
      const contentType = checkedType(await this.headOf(stored.hash), announced?.contentType);
      if (stored.size > limitOf(contentType))
        throw new ApiError(413, 'EVIDENCE_TOO_LARGE', 'The file is over its type’s limit');
      return { ...stored, contentType };
    } catch (error) {
      // Refused after assembly (an upload begun before a restart): keep nothing new.
      if (announced && !before) await this.store.delete(stored.hash).catch(() => false);
      throw error;
    }
  }

  async abort(actorId: string, uploadId: string): Promise<void> {
    this.assertOwn(actorId, uploadId);
    await answeringStoreErrors(() => this.store.abortUpload(uploadId));
    this.announced.delete(uploadId);
  }

  /** The first bytes of a stored file (to sniff its type when it is attached). */
  async headOf(hash: string): Promise<Uint8Array> {
    const stream = await answeringStoreErrors(() => this.store.get(hash));
    if (!stream) throw ApiError.notFound('EVIDENCE_BLOB_NOT_FOUND', 'Upload the file first, then attach it');
    const { head } = await peekHead(stream);
    stream.destroy();
    return head;
  }

  /** Another user's upload is answered as no upload at all. */
  private assertOwn(actorId: string, uploadId: string): void {
    const announced = this.announced.get(uploadId);
    if (announced && announced.actorId !== actorId)
      throw ApiError.notFound('UPLOAD_NOT_FOUND', 'No such upload');
  }
}
