/** Types of scripts/build-stamp.js (plain CommonJS, so that `npm start` runs it without a loader). */
export interface BuildTarget {
  name: string;
  /** Folders and files (relative to the root) the output is built from. */
  inputs: readonly string[];
  /** A file the build leaves behind: gone, the target is built whatever the stamp says. */
  output: string;
  command: readonly string[];
}

/** The console (vite) and the api (nest build), as `npm start` builds them. */
export const START_TARGETS: readonly BuildTarget[];

/** A hash over the inputs' paths and contents: any file added, removed, renamed or changed alters it. */
export function fingerprint(root: string, inputs: readonly string[]): string;

/** Why the target must be built, or undefined when its output is that of its sources as they are. */
export function staleness(root: string, target: BuildTarget, current: string): string | undefined;

/** Forgets the stamp before a build, so an interrupted build is built again next time. */
export function forgetStamp(root: string, target: BuildTarget): void;

export function writeStamp(root: string, target: BuildTarget, current: string): void;

/**
 * Builds each target whose sources changed (all of them when `always`), in order, and answers
 * which it built; a failed build throws, leaving its stamp forgotten.
 */
export function buildIfChanged(
  root: string,
  targets: readonly BuildTarget[],
  options?: { always?: boolean; log?: (line: string) => void },
): string[];
