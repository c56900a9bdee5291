import type { EventStore } from '@app/event-store';
import type { AnyProjection } from './projection';
import type { ProjectionGenerations } from './projection-generations';
import { projectionLag } from './projection-lag';
import type { ProjectionRebuilds } from './projection-rebuilds';
import type { ProjectionRunner } from './projection-runner';
import type { ProjectionStatus } from './projection-status';

/** What the status of the projections run here is read from. */
export interface LiveProjections {
  events: EventStore;
  live: ReadonlyMap<string, ProjectionRunner>;
  rebuilds: ProjectionRebuilds;
  generations: ProjectionGenerations;
  projection(name: string): AnyProjection;
}

/** Each projection run here: its checkpoint, the head, its lag and last error, a rebuild under way. */
export async function liveStatus(head: number, host: LiveProjections): Promise<ProjectionStatus[]> {
  const out: ProjectionStatus[] = [];
  for (const [name, runner] of host.live) {
    const s = runner.status();
    const next = host.rebuilds.next(name)?.status();
    out.push({
      name,
      generation: host.generations.of(name),
      state: s.state,
      checkpoint: s.checkpoint,
      headPosition: head,
      lag: await projectionLag(host.events, host.projection(name), s.examined),
      eventsApplied: s.eventsApplied,
      ...(s.lastError ? { lastError: s.lastError } : {}),
      ...(host.rebuilds.hasFailed(name) ? { lastRebuildError: host.rebuilds.failure(name) } : {}),
      ...(next
        ? {
            rebuilding: {
              generation: host.generations.of(name) + 1,
              checkpoint: next.checkpoint,
              lag: await projectionLag(host.events, host.projection(name), next.examined),
              state: next.state,
            },
          }
        : {}),
    });
  }
  return out;
}
