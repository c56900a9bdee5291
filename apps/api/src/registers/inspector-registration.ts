import {
  type InspectorProfile,
  type SealedPersonalData,
  inspectorDecider,
  maskIdCardNumber,
  registerStreams,
} from '@app/domain';
import type { InspectorView } from '@app/projections';
import type { Actor, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand, type DecisionOutcome } from '../commands/decide.command';
import { loadAggregate } from '../commands/load-aggregate';
import { STORES } from '../stores/stores.providers';
import type { RegisterInspectorDto } from './inspector.dto';
import { isDepartmentRegistered } from './register-reads';

/** The personal fields of an inspector: never in the log in clear (docs/record-store.md). */
export interface InspectorPersonalFields {
  idCardNumber: string;
  phone?: string;
}

/** An inspector as answered: personal data opened, and masked except for an administrator. */
export type InspectorAnswer = Omit<InspectorView, 'personalData'> & {
  idCardNumber: string | null;
  phone: string | null;
};

const ID_CARD = 'idCard';

function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

@Injectable()
export class InspectorRegistration {
  constructor(
    private readonly commands: CommandBus,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  /**
   * Registers (or, for an import row, brings up to date) the inspector the ID-card number
   * identifies. The number is claimed in the vault, so one person is one directory entry.
   */
  async register(
    dto: RegisterInspectorDto,
    context: CommandContext,
    mode: 'register' | 'import',
  ): Promise<{ id: string; outcome: DecisionOutcome }> {
    const idCardNumber = dto.idCardNumber.toUpperCase();
    const inspectorId = await this.stores.vault.claimIdentity(ID_CARD, idCardNumber, context.commandId);
    const personal: InspectorPersonalFields = { idCardNumber, ...(dto.phone ? { phone: dto.phone } : {}) };
    const { state } = await loadAggregate(
      this.stores.events,
      registerStreams.inspector(inspectorId),
      inspectorDecider,
    );
    const before =
      state.registered && state.personalData ? await this.open(inspectorId, state.personalData) : undefined;
    const personalDataChanged = !before || before.phone !== personal.phone;
    // A registration that leaves the phone out says nothing about it; one that gives another differs.
    const phoneDiffers = before !== undefined && dto.phone !== undefined && before.phone !== dto.phone;
    const personalData = (await this.stores.vault.seal(inspectorId, {
      ...personal,
    })) as unknown as SealedPersonalData;
    const profile: InspectorProfile = {
      departmentId: dto.departmentId,
      name: dto.name,
      category: dto.category,
      ...(dto.certificateNo ? { certificateNo: dto.certificateNo } : {}),
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
    const outcome = await this.commands.execute(
      new DecideCommand(registerStreams.inspector(inspectorId), inspectorDecider, command, context, {
        waitForReadModels: mode === 'register',
      }),
    );
    return { id: inspectorId, outcome };
  }

  /** Seals new personal fields for an update. */
  async sealFor(inspectorId: string, personal: InspectorPersonalFields): Promise<SealedPersonalData> {
    return (await this.stores.vault.seal(inspectorId, { ...personal })) as unknown as SealedPersonalData;
  }

  async open(inspectorId: string, sealed: SealedPersonalData): Promise<InspectorPersonalFields | undefined> {
    const opened = await this.stores.vault.open(inspectorId, sealed as never);
    return opened
      ? { idCardNumber: opened.idCardNumber, ...(opened.phone ? { phone: opened.phone } : {}) }
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
    };
  }
}
