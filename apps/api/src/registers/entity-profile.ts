import { type EntityProfileInput, KINDS_WITH_USCC } from '@app/domain';
import type { RegisterEntityDto } from './entity.dto';

/**
 * The directory entry a validated registration describes (credit codes in capitals), but for the
 * contact's mobile: that is sealed before it enters a command (entity-contact.ts).
 */
export function entityProfileOf(dto: RegisterEntityDto): EntityProfileInput {
  return {
    code: KINDS_WITH_USCC.includes(dto.kind) ? dto.code.toUpperCase() : dto.code,
    name: dto.name,
    kind: dto.kind,
    address: dto.address,
    ...(dto.legalRepresentative !== undefined ? { legalRepresentative: dto.legalRepresentative } : {}),
    regionCode: dto.regionCode,
    industryCode: dto.industryCode,
    ...(dto.scale !== undefined ? { scale: dto.scale } : {}),
    tags: dto.tags ?? [],
    creditRisk: dto.creditRisk,
    abnormalList: dto.abnormalList ?? false,
    seriousViolationList: dto.seriousViolationList ?? false,
    complaintsThisYear: dto.complaintsThisYear ?? 0,
  };
}
