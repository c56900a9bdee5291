import { type DrawRun, type PoolProfile, countedChecks } from '@app/domain';
import { decodeCandidate } from '@app/projections';

/** A candidate as this draw reads it: its checks in the draw's year as the cap counts them. */
interface DecodedCandidate {
  profile: PoolProfile;
  registered: boolean;
  checksThisYear: number;
}

/**
 * Candidates decoded once per distinct text: across a directory most entities share their
 * profile and have no checks, so their texts repeat. Bounded; the decoded objects are shared and
 * only read.
 */
export class DecodedCandidates {
  private readonly seen = new Map<string, DecodedCandidate>();

  constructor(
    private readonly year: string,
    private readonly counting: boolean,
  ) {}

  of(text: string): DecodedCandidate {
    let candidate = this.seen.get(text);
    if (!candidate) {
      const { profile, registered, checks, discarded } = decodeCandidate(text);
      const { year, counting } = this;
      candidate = {
        profile,
        registered,
        checksThisYear: countedChecks(checks[year] ?? 0, discarded[year] ?? 0, counting),
      };
      if (this.seen.size >= 20_000) this.seen.clear();
      this.seen.set(text, candidate);
    }
    return candidate;
  }

  /** Packed candidates (`candidate TAB id`: the candidate's JSON text holds no raw TAB) into the run. */
  addPacked(run: DrawRun, texts: readonly string[], from = 0, to = texts.length): void {
    for (let i = from; i < to; i += 1) {
      const text = texts[i];
      const tab = text.indexOf('\t');
      const c = this.of(text.slice(0, tab));
      run.add(text.slice(tab + 1), c.profile, c.registered, c.checksThisYear);
    }
  }
}
