import type { FastifyReply } from 'fastify';
import { ApiError } from '../common/api-error';
import { type ImportColumn, importTemplate } from '../import';

const MIME = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Sends an import template as a download (`format` csv or xlsx, default xlsx). */
export async function sendTemplate(
  reply: FastifyReply,
  columns: readonly ImportColumn[],
  name: string,
  format: string | undefined,
): Promise<Buffer> {
  const chosen = format ?? 'xlsx';
  if (chosen !== 'csv' && chosen !== 'xlsx') {
    throw ApiError.invalid([
      { field: 'format', reason: 'must be csv or xlsx', rule: 'isIn', params: { values: ['csv', 'xlsx'] } },
    ]);
  }
  void reply
    .header('content-type', MIME[chosen])
    .header('content-disposition', `attachment; filename="${name}.${chosen}"`);
  return importTemplate(columns, chosen);
}
