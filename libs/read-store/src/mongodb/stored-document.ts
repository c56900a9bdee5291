import type { Document } from 'mongodb';
import type { ReadDocument } from '../read-model';

/**
 * A read document as MongoDB holds it: the id as _id and, without transactions, the position of
 * the batch that wrote it and a tombstone flag.
 */
export interface StoredDocument extends Document {
  _id: string;
  _position?: number;
  _deleted?: boolean;
}

/** Without transactions: the position of the last event applied to the document (getMany's `applied`). */
export const POSITION = '_position';
export const DELETED = '_deleted';

export function collectionName(namespace: string, collection: string): string {
  return `rm_${namespace}__${collection}`;
}

export function mongoField(field: string): string {
  return field === 'id' ? '_id' : field;
}

export function toDocument(stored: StoredDocument): ReadDocument {
  const { _id, _position, _deleted, ...rest } = stored;
  void _position;
  void _deleted;
  return { ...rest, id: _id };
}

export function toStored(document: ReadDocument, position?: number): StoredDocument {
  const { id, [POSITION]: _previous, ...rest } = document;
  void _previous;
  return position === undefined ? { ...rest, _id: id } : { ...rest, _id: id, [POSITION]: position };
}
