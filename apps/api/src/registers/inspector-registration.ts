import {
  DomainError,
  ID_CARD_NUMBER_UNAVAILABLE,
  type InspectorProfile,
  type SealedPersonalData,
  inspectorDecider,
  maskIdCardNumber,
  registerStreams,
} from '@app/domain';
import type { InspectorView } from '@app/projections';
import type { Actor, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../commands/command-context';
import { CommandBus } from '@nestjs/cqrs';
import { DecideCommand, type DecisionOutcome } from '../commands/decide.command';
import { loadAggregate } from '@app/audit';
import { ApiError } from '../common/api-error';
import { reportSecurityEvent } from '../common/security-log';
import { STORES } from '../stores/stores.providers';
import { IdNumberRefusals } from './id-number-refusals';
import type { RegisterInspectorDto } from './inspector.dto';
import { isDepartmentRegistered } from './register-reads';

/** The personal fields of an inspector: never in the log in clear (docs/record-store.md). */
export interface InspectorPersonalFields {
  idCardNumber: string;
  phone?: string;
  /** The enforcement certificate number (执法证号); its validity is clear in the profile. */
  certificateNo?: string;
}

/** An inspector as answered: personal data opened, and masked except for an administrator. */
export type InspectorAnswer = Omit<InspectorView, 'personalData'> & {
  idCardNumber: string | null;
  phone: string | null;
  /** Sealed since 执法资格 (a legacy entry may show its clear number from the profile). */
  certificateNo?: string | null;
};

const ID_CARD = 'idCard';

/**
 * One request's knowledge of its user's suspension (beginIdNumberChecks): read from the record
 * store once, then set by the request's own refusals, so the rows of an import after the one that
 * reached the limit are refused without a read each.
 */
export interface IdNumberChecks {
  suspendedUntil?: number;
}

function suspended(until: number): ApiError {
  return new ApiError(
    429,
    'ID_CARD_NUMBER_CHECKS_SUSPENDED',
    'Too many ID-card numbers given here are held elsewhere: registering inspectors by ID-card number is suspended for this account; administrators have been told',
    { retryAfter: new Date(until).toISOString() },
  );
}

function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

function maskCode(code: string): string {
  return code.length > 4 ? `${'*'.repeat(code.length - 4)}${code.slice(-4)}` : '****';
}

@Injectable()
export class InspectorRegistration {
  private readonly refusals: IdNumberRefusals;

  constructor(
    private readonly commands: CommandBus,
    @Inject(STORES) private readonly stores: Stores,
  ) {
    this.refusals = new IdNumberRefusals(stores.records);
  }

  /**
   * Refuses (429) a user whose registrations with ID-card numbers are suspended for too many
   * numbers found held elsewhere, read once for the request (one POST, or a whole import); the
   * answer lets the request's registrations go on until one of them reaches the limit.
   * Administrators see every number in full: nothing to guess.
   */
  async beginIdNumberChecks(actor: Actor): Promise<IdNumberChecks> {
    if (actor.roles.includes('admin')) return {};
    const until = await this.refusals.suspendedUntil(actor.id);
    if (until !== undefined) throw suspended(until);
    return {};
  }

  /**
   * Registers (or, for an import row, brings up to date) the inspector the ID-card number
   * identifies. The number is claimed in the vault, so one person is one directory entry.
   */
  async register(
    dto: RegisterInspectorDto,
    context: CommandContext,
    mode: 'register' | 'import',
    checks: IdNumberChecks,
  ): Promise<{ id: string; outcome: DecisionOutcome }> {
    if (checks.suspendedUntil !== undefined) throw suspended(checks.suspendedUntil);
    const idCardNumber = dto.idCardNumber.toUpperCase();
    const inspectorId = await this.stores.vault.claimIdentity(ID_CARD, idCardNumber, context.commandId);
    const personal: InspectorPersonalFields = {
      idCardNumber,
      ...(dto.phone ? { phone: dto.phone } : {}),
      ...(dto.certificateNo ? { certificateNo: dto.certificateNo } : {}),
    };
    const { state } = await loadAggregate(
      this.stores.events,
      registerStreams.inspector(inspectorId),
      inspectorDecider,
    );
    const before =
      state.registered && state.personalData ? await this.open(inspectorId, state.personalData) : undefined;
    const personalDataChanged =
      !before || before.phone !== personal.phone || before.certificateNo !== personal.certificateNo;
    // A registration that leaves the phone (or certificate) out says nothing about it; one that
    // gives another differs.
    const phoneDiffers =
      before !== undefined &&
      ((dto.phone !== undefined && before.phone !== dto.phone) ||
        (dto.certificateNo !== undefined && before.certificateNo !== dto.certificateNo));
    const personalData = (await this.stores.vault.seal(inspectorId, {
      ...personal,
    })) as unknown as SealedPersonalData;
    const profile: InspectorProfile = {
      departmentId: dto.departmentId,
      name: dto.name,
      category: dto.category,
      ...(dto.enforcementValidUntil ? { enforcementValidUntil: dto.enforcementValidUntil } : {}),
      regionCode: dto.regionCode,
      specialties: dto.specialties ?? [],
      methods: dto.methods ?? [],
    };
    const departmentRegistered = await isDepartmentRegistered(this.stores.events, dto.departmentId);
    const command =
      mode === 'import'
        ? {
            kind: 'ImportInspector' as const,
            inspectorId,
            profile,
            personalData,
            personalDataChanged,
            departmentRegistered,
          }
        : {
            kind: 'RegisterInspector' as const,
            inspectorId,
            profile,
            personalData,
            personalDataChanged: phoneDiffers,
            departmentRegistered,
          };
    try {
      const outcome = await this.commands.execute(
        new DecideCommand(registerStreams.inspector(inspectorId), inspectorDecider, command, context, {
          waitForReadModels: mode === 'register',
        }),
      );
      return { id: inspectorId, outcome };
    } catch (error) {
      if (error instanceof DomainError && error.code === ID_CARD_NUMBER_UNAVAILABLE) {
        await this.countRefusal(context, inspectorId, mode, checks);
      }
      throw error;
    }
  }

  /**
   * A number held by another department was given: counted, and reported to administrators. Over
   * the limit, the answer is 429 instead of the refusal, so it confirms nothing.
   */
  private async countRefusal(
    context: CommandContext,
    holderId: string,
    mode: string,
    checks: IdNumberChecks,
  ): Promise<void> {
    const { actor } = context;
    if (actor.roles.includes('admin')) return;
    const counted = await this.refusals.count(actor.id);
    reportSecurityEvent(
      counted.within ? 'ID_CARD_NUMBER_HELD_ELSEWHERE' : 'ID_CARD_NUMBER_CHECK_OVER_LIMIT',
      {
        userId: actor.id,
        departmentId: actor.departmentId,
        via: mode,
        holderInspectorId: holderId,
        refusalsInWindow: counted.inWindow,
        correlationId: context.correlationId,
      },
    );
    if (counted.suspendedUntil !== undefined && counted.within) {
      reportSecurityEvent('ID_CARD_NUMBER_CHECKS_SUSPENDED', {
        userId: actor.id,
        departmentId: actor.departmentId,
        until: new Date(counted.suspendedUntil).toISOString(),
      });
    }
    if (counted.suspendedUntil !== undefined) checks.suspendedUntil = counted.suspendedUntil;
    if (!counted.within) throw suspended(counted.suspendedUntil ?? Date.now());
  }

  /** Seals new personal fields for an update. */
  async sealFor(inspectorId: string, personal: InspectorPersonalFields): Promise<SealedPersonalData> {
    return (await this.stores.vault.seal(inspectorId, { ...personal })) as unknown as SealedPersonalData;
  }

  async open(inspectorId: string, sealed: SealedPersonalData): Promise<InspectorPersonalFields | undefined> {
    const opened = await this.stores.vault.open(inspectorId, sealed as never);
    return opened
      ? {
          idCardNumber: opened.idCardNumber,
          ...(opened.phone ? { phone: opened.phone } : {}),
          ...(opened.certificateNo ? { certificateNo: opened.certificateNo } : {}),
        }
      : undefined;
  }

  /**
   * The inspector with personal data opened: in full for an administrator, masked for anyone else.
   * Answers to writes are masked for everyone (`alwaysMask`): they are kept 24 h for
   * Idempotency-Key replays, where an erasure could not reach them.
   */
  async answer(view: InspectorView, actor: Actor, alwaysMask = false): Promise<InspectorAnswer> {
    const { personalData, ...rest } = view;
    const opened = personalData ? await this.open(view.id, personalData) : undefined;
    const full = actor.roles.includes('admin') && !alwaysMask;
    return {
      ...rest,
      idCardNumber: opened ? (full ? opened.idCardNumber : maskIdCardNumber(opened.idCardNumber)) : null,
      phone: opened?.phone ? (full ? opened.phone : maskPhone(opened.phone)) : null,
      certificateNo: opened?.certificateNo
        ? full
          ? opened.certificateNo
          : maskCode(opened.certificateNo)
        : (rest.certificateNo ?? null),
    };
  }
}
