import type { BeaconPolicy, BeaconSource } from '@app/domain';

/**
 * GET /api/draw-beacons: the public beacons this deployment accepts, and when a task may draw
 * without one (DRAW_BEACON_SOURCES, DRAW_WITHOUT_BEACON; docs/draw.md §2).
 */
export interface DrawBeaconPolicy {
  withoutBeacon: BeaconPolicy['withoutBeacon'];
  sources: BeaconSource[];
}
