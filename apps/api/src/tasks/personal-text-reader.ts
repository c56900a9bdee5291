import {
  type InspectionResult,
  type InspectionTaskState,
  PERSONAL_TEXT_FIELDS,
  type SealedText,
  type Withheld,
  personalTextSubject,
} from '@app/domain';
import type { Keyring, SealedPersonalData } from '@app/record-store';

type Host = Record<string, unknown>;

/** Sealed bytes as the vault makes them (anything else is not sealed text). */
function isSealed(value: unknown): value is SealedText {
  const v = value as Partial<SealedPersonalData> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.v === 1 &&
    typeof v.iv === 'string' &&
    typeof v.tag === 'string' &&
    typeof v.data === 'string'
  );
}

/**
 * A task's free text as one reader may see it (docs/events.md, "Personal data in free text"):
 * sealed text opened for a reader allowed it, and left out with `withheld` for anyone else or once
 * the inspection's text is erased. Text recorded in clear before sealing is shown to the same
 * readers only, and withheld once the task records its erasure (`erased`, from the task as it is
 * now). For one answer: each key is read once (the keyring), and each result object is opened
 * once, since the fold hands the same object to every later state.
 */
export class PersonalTextReader {
  private readonly opened = new WeakMap<object, Promise<Host>>();

  constructor(
    private readonly keyring: Keyring,
    private readonly taskId: string,
    private readonly allowed: boolean,
    private readonly erased: readonly string[],
  ) {}

  /** The state with every result's witness and notes opened or withheld, opened side by side. */
  async state<S extends InspectionTaskState>(state: S): Promise<S> {
    if (state.status === 'absent') return state;
    const entityOf = (key: string) => key.slice(0, key.lastIndexOf('|'));
    const [entered, published, requests] = await Promise.all([
      mapValues(state.entered, async (entry, key) => ({
        ...entry,
        result: await this.result(entityOf(key), entry.result),
      })),
      mapValues(state.published, (result, key) => this.result(entityOf(key), result)),
      mapValues(state.requests, async (request) =>
        request.kind === 'correction'
          ? { ...request, corrected: await this.result(request.entityId, request.corrected) }
          : request,
      ),
    ]);
    return { ...state, entered, published, requests };
  }

  /** An event's data with its free text opened or withheld. */
  async event<D extends object>(type: string, payload: D): Promise<D> {
    return (await this.eventData(type, payload as Host)) as D;
  }

  private async eventData(type: string, data: Host): Promise<Host> {
    const entityId = String(data.entityId);
    switch (type) {
      case 'ResultEntered':
      case 'ResultPublished':
        return { ...data, result: await this.result(entityId, data.result as InspectionResult) };
      case 'CorrectionRequested':
      case 'ResultCorrected':
        return { ...data, corrected: await this.result(entityId, data.corrected as InspectionResult) };
      case 'ObjectionFiled':
        return this.host(entityId, data, PERSONAL_TEXT_FIELDS.objection);
      case 'FollowUpRecorded':
        return this.host(entityId, data, PERSONAL_TEXT_FIELDS.followUp);
      default:
        return data;
    }
  }

  async result(entityId: string, result: InspectionResult): Promise<InspectionResult> {
    let known = this.opened.get(result);
    if (!known) {
      known = this.host(entityId, result as unknown as Host, PERSONAL_TEXT_FIELDS.result);
      this.opened.set(result, known);
    }
    return (await known) as unknown as InspectionResult;
  }

  private async host(entityId: string, host: Host, fields: readonly string[]): Promise<Host> {
    const sealed = isSealed(host.sealed) ? host.sealed : undefined;
    const clear = fields.filter((field) => typeof host[field] === 'string');
    if (!sealed && clear.length === 0) return host;
    const out: Host = { ...host };
    delete out.sealed;
    for (const field of fields) delete out[field];
    const withheld = (why: Withheld): Host => ({ ...out, withheld: why });
    if (!this.allowed) return withheld('not_allowed');
    if (this.erased.includes(entityId)) return withheld('erased');
    for (const field of clear) out[field] = host[field];
    if (!sealed) return out;
    // Undefined once the key is destroyed (an erasure recorded after this answer's task was read).
    const opened = await this.keyring.open(
      personalTextSubject(this.taskId, entityId),
      sealed as unknown as SealedPersonalData,
    );
    if (!opened) return withheld('erased');
    for (const field of fields) if (typeof opened[field] === 'string') out[field] = opened[field];
    return out;
  }
}

async function mapValues<V, W>(
  record: Record<string, V>,
  map: (value: V, key: string) => Promise<W>,
): Promise<Record<string, W>> {
  const entries = await Promise.all(
    Object.entries(record).map(async ([key, value]) => [key, await map(value, key)] as const),
  );
  return Object.fromEntries(entries);
}
