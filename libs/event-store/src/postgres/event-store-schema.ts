import type { Migration } from './migrations';

/** The advisory lock key every append holds until it commits (ADR 0042); distinct from the migrations'. */
export const APPEND_LOCK = 7_340_042;

/** The channel appends notify at commit, waking subscriptions in every process. */
export const APPEND_CHANNEL = 'ssj_events_appended';

/**
 * The log is one table (docs/adr/0042-postgresql-stores.md):
 * - `position` is the global order, from `event_positions`, taken while the append lock is held,
 *   so positions commit in increasing order and a reader never sees one before a smaller one;
 * - (stream, revision) is unique, so a lost race is a constraint error, never a fork; the names
 *   sort as UTF-8 bytes (COLLATE "C"), the order readStreamsByPrefix promises;
 * - `event_id` is unique, so a retried append is recognised;
 * - data and metadata are the JSON text the writer made, byte for byte (`::jsonb` to query them):
 *   jsonb would refuse "\u0000" in a string, which JSON and the hash chain allow.
 * `append_events` is the whole append in one statement, hence one transaction: lock, revision
 * check, insert, notify. A lost connection leaves it committed whole or not at all.
 */
export const EVENT_STORE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events, positions in commit order, append_events, append_batch',
    sql: `
      CREATE SEQUENCE event_positions AS bigint;
      CREATE TABLE events (
        position    bigint      PRIMARY KEY,
        event_id    uuid        NOT NULL UNIQUE,
        stream      text        COLLATE "C" NOT NULL,
        revision    bigint      NOT NULL,
        type        text        NOT NULL,
        data        text        NOT NULL,
        metadata    text        NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_stream_revision UNIQUE (stream, revision)
      );
      CREATE INDEX events_type_position ON events (type, position);

      CREATE FUNCTION append_events(
        p_stream text, p_expected text, p_ids uuid[], p_types text[], p_data text[], p_metadata text[],
        OUT appended boolean, OUT last_revision bigint, OUT last_position bigint)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_current bigint;
        v_count   integer := cardinality(p_ids);
        v_first   bigint;
      BEGIN
        PERFORM pg_advisory_xact_lock(${APPEND_LOCK});
        SELECT max(e.revision) INTO v_current FROM events e WHERE e.stream = p_stream;
        IF NOT (p_expected = 'any'
                OR (p_expected = 'no_stream' AND v_current IS NULL)
                OR (p_expected = 'stream_exists' AND v_current IS NOT NULL)
                OR (p_expected ~ '^[0-9]+$' AND v_current IS NOT NULL AND v_current = p_expected::bigint)) THEN
          appended := false;
          last_revision := v_current;
          RETURN;
        END IF;
        v_current := coalesce(v_current, -1);
        v_first := nextval('event_positions');
        IF v_count > 1 THEN PERFORM setval('event_positions', v_first + v_count - 1); END IF;
        INSERT INTO events (position, event_id, stream, revision, type, data, metadata)
          SELECT v_first + u.n - 1, u.id, p_stream, v_current + u.n, u.type, u.data, u.metadata
          FROM unnest(p_ids, p_types, p_data, p_metadata) WITH ORDINALITY AS u(id, type, data, metadata, n);
        PERFORM pg_notify('${APPEND_CHANNEL}', '');
        appended := true;
        last_revision := v_current + v_count;
        last_position := v_first + v_count - 1;
      END
      $fn$;

      -- Several appends in one transaction (a process's appends waiting together): each in a
      -- subtransaction, so a refused one rolls back alone. The lock is taken first, outside them,
      -- so that no subtransaction's end releases it before the commit.
      CREATE FUNCTION append_batch(
        p_streams text[], p_expected text[], p_counts integer[],
        p_ids uuid[], p_types text[], p_data text[], p_metadata text[])
      RETURNS TABLE (appended boolean, last_revision bigint, last_position bigint, failure text)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_from integer := 1;
        v_to   integer;
        r      record;
      BEGIN
        PERFORM pg_advisory_xact_lock(${APPEND_LOCK});
        FOR i IN 1 .. cardinality(p_streams) LOOP
          v_to := v_from + p_counts[i] - 1;
          BEGIN
            SELECT * INTO r FROM append_events(p_streams[i], p_expected[i], p_ids[v_from:v_to],
              p_types[v_from:v_to], p_data[v_from:v_to], p_metadata[v_from:v_to]);
            appended := r.appended;
            last_revision := r.last_revision;
            last_position := r.last_position;
            failure := NULL;
          EXCEPTION WHEN unique_violation THEN
            appended := false;
            last_revision := NULL;
            last_position := NULL;
            failure := '23505';
          END;
          RETURN NEXT;
          v_from := v_to + 1;
        END LOOP;
      END
      $fn$;`,
  },
];
