import { type CountPool, type TargetCriteria, matchesCriteria } from '@app/domain';
import { type DrawCandidateView, decodeCandidate } from '@app/projections';
import type { Stores } from '@app/runtime';

const POOL_WAIT_MS = 30_000;

/**
 * The entities a count's criteria reach now, by credit class (`unrated`: none), from the
 * drawCandidates read model once it has applied the log: what a count is held to at initiation
 * (ADR 41). Deregistered entities are left out; the draw's other exclusions (the yearly cap, an
 * item's frequency) are not, as they change until the draw.
 */
export async function countPool(stores: Stores, criteria: TargetCriteria): Promise<CountPool> {
  await stores.projections.waitFor(await stores.events.headPosition(), POOL_WAIT_MS, ['drawCandidates']);
  return stores.projections.readSnapshot(
    'drawCandidates',
    'candidates',
    { fields: ['candidate'], batchSize: 5000 },
    async (snapshot) => {
      const pool: CountPool = {};
      // Never built: no entity was ever registered (the wait above saw the log's head applied).
      if (snapshot.position === undefined) return pool;
      for await (const batch of snapshot.batches) {
        for (const doc of batch as DrawCandidateView[]) {
          if (doc.candidate === undefined) continue;
          const entry = decodeCandidate(doc.candidate);
          if (!entry.registered || !matchesCriteria(entry.profile, criteria, true)) continue;
          const key = entry.profile.creditRisk ?? 'unrated';
          pool[key] = (pool[key] ?? 0) + 1;
        }
      }
      return pool;
    },
  );
}
