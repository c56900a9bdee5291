import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error';
import { checkTexts } from './text-rules';

/**
 * Deepest nesting of objects and arrays a body may have. The deepest body of the api is 4 levels
 * (a correction: body › corrected › itemFindings › finding); 32 leaves room and keeps every walk
 * over a body, recursive or not, far from the stack's limit.
 */
export const MAX_BODY_DEPTH = 32;

const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** How deeply the JSON text nests, counted without parsing it (brackets inside strings are skipped). */
export function jsonDepth(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (OPENERS.has(c)) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (CLOSERS.has(c)) {
      depth -= 1;
    }
  }
  return deepest;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Replaces Fastify's JSON parser with one that refuses, with 400 and the error body, what the
 * default would let through or fail on later: bytes that are not UTF-8 (`BODY_NOT_UTF8`, instead
 * of U+FFFD put in silently), nesting beyond MAX_BODY_DEPTH (`BODY_TOO_DEEP`, before the text is
 * parsed), and text the api does not keep or arrays longer than any DTO takes (`VALIDATION_FAILED`
 * naming each field: controls, lone surrogates, MAX_ARRAY_ITEMS, see text-rules.ts). Every string is normalised to NFC here, once for every route.
 * Fastify's own parser still does the parsing, keeping its guard against `__proto__` keys.
 */
export function installJsonBodyParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, raw, done) => {
    let text: string;
    try {
      text = UTF8.decode(raw as Buffer);
    } catch {
      done(new ApiError(400, 'BODY_NOT_UTF8', 'The body is not valid UTF-8'), undefined);
      return;
    }
    if (jsonDepth(text, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
      done(
        new ApiError(
          400,
          'BODY_TOO_DEEP',
          `The body nests objects and arrays deeper than ${MAX_BODY_DEPTH}`,
          {
            maxDepth: MAX_BODY_DEPTH,
          },
        ),
        undefined,
      );
      return;
    }
    void parse(request, text, (error, body) => {
      if (error) {
        done(error, undefined);
        return;
      }
      const { value, problems } = checkTexts(body);
      if (!problems.empty) done(ApiError.invalid(problems.listed, problems.unlisted), undefined);
      else done(null, value);
    });
  });
}
