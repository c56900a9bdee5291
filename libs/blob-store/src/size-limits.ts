import type { EvidenceContentType, EvidenceKind } from './content-type';
import { kindOf } from './content-type';

const MiB = 1024 * 1024;

/** Largest accepted file per kind of evidence, in bytes: the defaults settings may override. */
export type SizeLimits = Record<EvidenceKind, number>;

export const DEFAULT_SIZE_LIMITS: Readonly<SizeLimits> = Object.freeze({
  image: 20 * MiB,
  audio: 200 * MiB,
  video: 2048 * MiB,
  document: 50 * MiB,
});

/** The limits with the overrides given (positive integers only; others are ignored). */
export function sizeLimits(overrides: Partial<SizeLimits> = {}): SizeLimits {
  const limits = { ...DEFAULT_SIZE_LIMITS };
  for (const kind of Object.keys(limits) as EvidenceKind[]) {
    const value = overrides[kind];
    if (value !== undefined && Number.isSafeInteger(value) && value > 0) limits[kind] = value;
  }
  return limits;
}

export function sizeLimitFor(type: EvidenceContentType, limits: SizeLimits = DEFAULT_SIZE_LIMITS): number {
  return limits[kindOf(type)];
}

/** The largest limit of all: what a file may reach before its type is known. */
export function largestSizeLimit(limits: SizeLimits = DEFAULT_SIZE_LIMITS): number {
  return Math.max(...Object.values(limits));
}
