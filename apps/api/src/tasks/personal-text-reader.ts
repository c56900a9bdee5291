import {
  type InspectionResult,
  type InspectionTaskState,
  PERSONAL_TEXT_FIELDS,
  type SealedText,
  type Withheld,
  personalTextSubject,
} from '@app/domain';
import type { PersonalDataVault, SealedPersonalData } from '@app/record-store';

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
 * the inspection's key is erased. Text recorded in clear before sealing is shown to the same
 * readers only. Keys and opened values are remembered for the one answer it serves.
 */
export class PersonalTextReader {
  private readonly erased = new Map<string, Promise<boolean>>();
  private readonly opened = new Map<string, Promise<Record<string, string> | undefined>>();

  constructor(
    private readonly vault: PersonalDataVault,
    private readonly taskId: string,
    private readonly allowed: boolean,
  ) {}

  /** The state with every result's witness and notes opened or withheld. */
  async state<S extends InspectionTaskState>(state: S): Promise<S> {
    if (state.status === 'absent') return state;
    const byKey = async (results: Record<string, InspectionResult>) => {
      const out: Record<string, InspectionResult> = {};
      for (const [key, result] of Object.entries(results))
        out[key] = await this.result(key.slice(0, key.lastIndexOf('|')), result);
      return out;
    };
    const entered: typeof state.entered = {};
    for (const [key, entry] of Object.entries(state.entered)) {
      entered[key] = {
        ...entry,
        result: await this.result(key.slice(0, key.lastIndexOf('|')), entry.result),
      };
    }
    const requests: typeof state.requests = {};
    for (const [id, request] of Object.entries(state.requests)) {
      requests[id] =
        request.kind === 'correction'
          ? { ...request, corrected: await this.result(request.entityId, request.corrected) }
          : request;
    }
    return { ...state, entered, published: await byKey(state.published), requests };
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
    const host = await this.host(entityId, result as unknown as Host, PERSONAL_TEXT_FIELDS.result);
    return host as unknown as InspectionResult;
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
    const subject = personalTextSubject(this.taskId, entityId);
    if (await this.isErased(subject)) return withheld('erased');
    for (const field of clear) out[field] = host[field];
    if (!sealed) return out;
    const opened = await this.open(subject, sealed);
    if (!opened) return withheld('erased');
    for (const field of fields) if (typeof opened[field] === 'string') out[field] = opened[field];
    return out;
  }

  private isErased(subject: string): Promise<boolean> {
    let known = this.erased.get(subject);
    if (!known) this.erased.set(subject, (known = this.vault.isErased(subject)));
    return known;
  }

  private open(subject: string, sealed: SealedText): Promise<Record<string, string> | undefined> {
    const key = `${subject}\u0000${String(sealed.iv)}\u0000${String(sealed.tag)}`;
    let known = this.opened.get(key);
    if (!known) {
      known = this.vault.open(subject, sealed as unknown as SealedPersonalData);
      this.opened.set(key, known);
    }
    return known;
  }
}
