import type { EventStore } from '@app/event-store';
import type { ReadModelStore } from '../read-model-store.port';
import type { AnyProjection } from './projection';
import type { ProjectionGenerations } from './projection-generations';
import { projectionLag } from './projection-lag';
import { ProjectionTimeout } from './projection-waits';
import type { ProjectionStatus } from './projection-status';

/**
 * The projections as a process that only reads them sees them: another process (apps/projector)
 * applies them, and this one follows its generation switches and checkpoints.
 */
export class RemoteProjections {
  constructor(
    private readonly events: EventStore,
    private readonly readModels: ReadModelStore,
    private readonly generations: ProjectionGenerations,
    private readonly projections: ReadonlyMap<string, AnyProjection>,
  ) {}

  async namespaceOf(name: string): Promise<string> {
    await this.generations.follow(this.projections.values());
    return `${name}_g${this.generations.of(name)}`;
  }

  async status(head: number): Promise<ProjectionStatus[]> {
    const out: ProjectionStatus[] = [];
    for (const [name, projection] of this.projections) {
      const namespace = await this.namespaceOf(name);
      const checkpoint = (await this.readModels.readCheckpoint(namespace)) ?? 0;
      out.push({
        name,
        generation: this.generations.of(name),
        state: 'remote',
        checkpoint,
        headPosition: head,
        lag: await projectionLag(this.events, projection, checkpoint),
        eventsApplied: 0,
      });
    }
    return out;
  }

  /** Polls the checkpoint until nothing the projection handles up to `position` remains unapplied. */
  async waitFor(projection: AnyProjection, position: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const filter = projection.eventTypes === 'all' ? undefined : { eventTypes: projection.eventTypes };
    for (;;) {
      const checkpoint = (await this.readModels.readCheckpoint(await this.namespaceOf(projection.name))) ?? 0;
      if (checkpoint >= position) return;
      let pending = false;
      for await (const event of this.events.readAll({ fromPosition: checkpoint + 1, filter, maxCount: 1 })) {
        pending = event.position <= position;
      }
      if (!pending) return;
      if (Date.now() >= deadline) throw new ProjectionTimeout(projection.name, position, checkpoint);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
