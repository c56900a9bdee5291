import type { UserName } from '@app/contract';
import { useCallback } from 'react';
import { useLoad } from '../pages/tasks/use-load';
import { callApi } from './client';
import { nameBatches } from './user-name-batches';

/**
 * Officials' names as read for the signed-in token (null: no account has that id). Names change
 * rarely and a page shows the same people again and again, so a page asks only for ids it has not
 * seen yet.
 */
let cache: { token: string | undefined; names: Map<string, UserName | null> } = {
  token: undefined,
  names: new Map(),
};

async function readNames(
  token: string | undefined,
  ids: readonly string[],
): Promise<Map<string, UserName | null>> {
  if (cache.token !== token) cache = { token, names: new Map() };
  const names = cache.names;
  for (const batch of nameBatches(ids, new Set(names.keys()))) {
    const answer = await callApi<{ items: UserName[] }>('GET', '/api/users/names', {
      token,
      query: { ids: batch.join(',') },
    });
    for (const id of batch) names.set(id, null);
    for (const user of answer.items) names.set(user.id, user);
  }
  return names;
}

/**
 * The names of these officials (requesters, approvers, actors…), asked in one batch per page; an
 * id no account has stays shown as the id.
 */
export function useUserNames(ids: readonly (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))].sort();
  const loaded = useLoad(wanted.length ? `users:${wanted.join(',')}` : undefined, (token) =>
    readNames(token, wanted),
  );
  const names = loaded.data;
  const user = useCallback((id: string) => names?.get(id) ?? undefined, [names]);
  const nameOf = useCallback((id: string) => names?.get(id)?.name ?? id, [names]);
  return { loaded, user, nameOf };
}
