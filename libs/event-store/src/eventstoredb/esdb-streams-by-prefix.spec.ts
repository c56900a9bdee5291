import type { RecordedEvent } from '../recorded-event';
import { inStreamOrder, type PrefixSources } from './esdb-streams-by-prefix';

function recorded(stream: string, revision: number, position: number, type = 'Happened'): RecordedEvent {
  return {
    id: `${stream}/${revision}`,
    type,
    data: {},
    metadata: {} as RecordedEvent['metadata'],
    stream,
    revision,
    position,
    recordedAt: new Date(0),
  };
}

// Log order interleaves the streams; 'é' sorts after 'z' as UTF-8 bytes, not as UTF-16 or locale.
const log = [
  recorded('task-é', 0, 10),
  recorded('task-b', 0, 20),
  recorded('task-a', 0, 30, 'Other'),
  recorded('task-b', 1, 40),
  recorded('task-a', 1, 50),
  recorded('task-z', 0, 60),
  recorded('task-a', 2, 70),
];

function sources(): PrefixSources & { streamReads: string[] } {
  const streamReads: string[] = [];
  return {
    streamReads,
    async *inLogOrder() {
      yield* log;
    },
    async *stream(name) {
      streamReads.push(name);
      yield* log.filter((e) => e.stream === name);
    },
  };
}

async function ids(events: AsyncIterable<RecordedEvent>): Promise<string[]> {
  const out: string[] = [];
  for await (const e of events) out.push(e.id);
  return out;
}

describe('readStreamsByPrefix order from a read in log order (EventStoreDB)', () => {
  it('hands out stream after stream by UTF-8 name, each in revision order, up to maxPosition', async () => {
    const given = sources();
    expect(await ids(inStreamOrder(given, { maxPosition: 60 }))).toEqual([
      'task-a/0',
      'task-a/1',
      'task-b/0',
      'task-b/1',
      'task-z/0',
      'task-é/0',
    ]);
    expect(given.streamReads).toEqual([]);
  });

  it('past the memory budget keeps only names and reads each stream again, same answer', async () => {
    const within = await ids(inStreamOrder(sources(), { maxPosition: 60, eventTypes: ['Happened'] }));
    const given = sources();
    const beyond = await ids(inStreamOrder(given, { maxPosition: 60, eventTypes: ['Happened'] }, 2));
    expect(beyond).toEqual(within);
    expect(beyond).toEqual(['task-a/1', 'task-b/0', 'task-b/1', 'task-z/0', 'task-é/0']);
    expect(given.streamReads).toEqual(['task-a', 'task-b', 'task-z', 'task-é']);
  });
});
