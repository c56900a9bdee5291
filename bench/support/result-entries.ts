import autocannon from 'autocannon';

/** An entity drawn into a locked task, and a token of an inspector of its team. */
export interface Entry {
  taskId: string;
  entityId: string;
  token: string;
}

/** Result entries (POST /api/tasks/:id/results) against one api for `seconds`, cycling through the entities. */
export function entriesLoad(
  url: string,
  options: { connections: number; seconds: number; today: string },
  entries: readonly Entry[],
  itemId: string,
  refusals: Map<string, number>,
): Promise<autocannon.Result> {
  let next = Math.floor(Math.random() * entries.length);
  return autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        onResponse: (status: number, body: string) => {
          if (status >= 300) {
            const code = (JSON.parse(body) as { code?: string }).code ?? String(status);
            refusals.set(code, (refusals.get(code) ?? 0) + 1);
          }
        },
        setupRequest: (request) => {
          const entry = entries[(next += 1) % entries.length];
          return {
            ...request,
            path: `/api/tasks/${entry.taskId}/results`,
            headers: { authorization: `Bearer ${entry.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              entityId: entry.entityId,
              category: 'compliant',
              method: 'onsite',
              itemFindings: [{ itemId, finding: '符合要求', compliant: true }],
              inspectedOn: options.today,
            }),
          };
        },
      },
    ],
  });
}

/** Several apis' loads at once as one: rates add up, the worst p50 and p99 stand for all. */
export function together(results: autocannon.Result[]): autocannon.Result {
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((a, r) => a + pick(r), 0);
  return {
    ...results[0],
    requests: {
      ...results[0].requests,
      average: sum((r) => r.requests.average),
      total: sum((r) => r.requests.total),
    },
    latency: {
      ...results[0].latency,
      p50: Math.max(...results.map((r) => r.latency.p50)),
      p99: Math.max(...results.map((r) => r.latency.p99)),
    },
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
  };
}
