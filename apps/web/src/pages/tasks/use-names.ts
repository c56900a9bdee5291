import { callApi } from '../../api/client';
import { mapLimit, readAllPages } from './load';
import type { CheckItem, Entity, Inspector } from './task-types';
import { useLoad } from './use-load';

const unique = (ids: readonly string[]) => [...new Set(ids)].sort();

/** Every item on the lists of these departments, by id. */
export function useCheckItems(departmentIds: readonly string[]) {
  const ids = unique(departmentIds);
  const loaded = useLoad(ids.length ? `items:${ids.join(',')}` : undefined, async (token) => {
    const lists = await mapLimit(ids, 4, (departmentId) =>
      readAllPages<CheckItem>(token, '/api/check-items', { departmentId }),
    );
    return new Map(lists.flatMap((l) => l.items).map((item) => [item.id, item]));
  });
  return { loaded, byId: loaded.data ?? new Map<string, CheckItem>() };
}

/** Every inspector of these departments, by id. */
export function useInspectors(departmentIds: readonly string[]) {
  const ids = unique(departmentIds);
  const loaded = useLoad(ids.length ? `inspectors:${ids.join(',')}` : undefined, async (token) => {
    const lists = await mapLimit(ids, 4, (departmentId) =>
      readAllPages<Inspector>(token, '/api/inspectors', { departmentId }),
    );
    return new Map(lists.flatMap((l) => l.items).map((i) => [i.id, i]));
  });
  const byId = loaded.data ?? new Map<string, Inspector>();
  return { loaded, byId, name: (id: string) => byId.get(id)?.name ?? id };
}

/** Entities read once per page view: a drawn list shows the same names again and again. */
const entityCache = new Map<string, Promise<Entity | undefined>>();

/** These entities of the directory, by id (an entity no longer found is left out). */
export function useEntities(entityIds: readonly string[]) {
  const ids = unique(entityIds);
  const loaded = useLoad(ids.length ? `entities:${ids.join(',')}` : undefined, async (token) => {
    const found = await mapLimit(ids, 6, (id) => {
      let entity = entityCache.get(id);
      if (!entity) {
        entity = callApi<Entity>('GET', `/api/entities/${encodeURIComponent(id)}`, { token }).catch(
          () => undefined,
        );
        entityCache.set(id, entity);
      }
      return entity;
    });
    return new Map(found.filter((e): e is Entity => e !== undefined).map((e) => [e.id, e]));
  });
  const byId = loaded.data ?? new Map<string, Entity>();
  return { loaded, byId, name: (id: string) => byId.get(id)?.name ?? id };
}
