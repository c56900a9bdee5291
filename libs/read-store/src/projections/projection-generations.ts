import type { ReadModelStore } from '../read-model-store.port';
import type { AnyProjection } from './projection';

/**
 * The generation of each projection that queries read. A rebuild fills the next generation
 * beside the active one and switches to it; the switch is a setting, so that processes which
 * only read (apps/projector runs the projections) follow it.
 */
export class ProjectionGenerations {
  private readonly active = new Map<string, number>();
  private readAt = 0;

  constructor(private readonly readModels: ReadModelStore) {}

  /** The active generation, as last read or switched (1 before any). */
  of(name: string): number {
    return this.active.get(name) ?? 1;
  }

  /** Reads the stored generation and makes it the active one. */
  async load(name: string): Promise<number> {
    const generation = await this.stored(name);
    this.active.set(name, generation);
    return generation;
  }

  /** Makes a rebuilt generation the active one, for this process and the ones that only read. */
  async switchTo(name: string, generation: number): Promise<void> {
    await this.readModels.setSetting(generationKey(name), String(generation));
    this.active.set(name, generation);
  }

  /** Follows the switches another process makes: looks again at most once a second. */
  async follow(projections: Iterable<AnyProjection>): Promise<void> {
    if (Date.now() - this.readAt > 1000) {
      this.readAt = Date.now();
      for (const projection of projections) {
        const generation = await this.stored(projection.name);
        if (generation === this.active.get(projection.name)) continue;
        // Prepared before it is published, so no query meets an unprepared generation.
        await this.readModels.prepare(`${projection.name}_g${generation}`, projection.collections);
        this.active.set(projection.name, generation);
      }
    }
  }

  private async stored(name: string): Promise<number> {
    const stored = await this.readModels.getSetting(generationKey(name));
    return stored === undefined ? 1 : Number(stored);
  }
}

function generationKey(projection: string): string {
  return `projection.${projection}.generation`;
}
