import {
  CREDIT_RISK_CLASSES,
  type CreditRisk,
  type PlanChanges,
  type PlanDefinition,
  type TargetCriteria,
} from '@app/domain';
import type {
  DateWindowDto,
  DraftPlanDto,
  PlanChangesDto,
  RatiosByCreditRiskDto,
  TargetCriteriaDto,
} from './plan.dto';

const CRITERIA = ['kinds', 'regionCodes', 'industryCodes', 'tags', 'scales'] as const;

/*
 * The validated DTOs become plain data in a fixed key order, with no field left undefined: what
 * the decider compares and the events record is what the caller gave, nothing more.
 */

function criteriaOf(dto: TargetCriteriaDto | undefined): TargetCriteria {
  const out: TargetCriteria = {};
  for (const key of CRITERIA) {
    const value = dto?.[key];
    if (value !== undefined) (out as Record<string, unknown>)[key] = [...value];
  }
  return out;
}

function ratiosOf(dto: RatiosByCreditRiskDto): Partial<Record<CreditRisk, number>> {
  const out: Partial<Record<CreditRisk, number>> = {};
  for (const risk of CREDIT_RISK_CLASSES) if (dto[risk] !== undefined) out[risk] = dto[risk];
  return out;
}

const windowOf = (dto: DateWindowDto) => ({ from: dto.from, to: dto.to });

export function planDefinitionOf(dto: DraftPlanDto): PlanDefinition {
  return {
    year: dto.year,
    name: dto.name,
    leadDepartmentId: dto.leadDepartmentId,
    cooperatingDepartmentIds: [...(dto.cooperatingDepartmentIds ?? [])],
    itemIds: [...(dto.itemIds ?? [])],
    targetCriteria: criteriaOf(dto.targetCriteria),
    ratiosByCreditRisk: ratiosOf(dto.ratiosByCreditRisk),
    window: windowOf(dto.window),
  };
}

/** The fields the caller gave, each whole (a nested object given replaces the plan's). */
export function planChangesOf(dto: PlanChangesDto): PlanChanges {
  const out: PlanChanges = {};
  if (dto.name !== undefined) out.name = dto.name;
  if (dto.cooperatingDepartmentIds !== undefined)
    out.cooperatingDepartmentIds = [...dto.cooperatingDepartmentIds];
  if (dto.itemIds !== undefined) out.itemIds = [...dto.itemIds];
  if (dto.targetCriteria !== undefined) out.targetCriteria = criteriaOf(dto.targetCriteria);
  if (dto.ratiosByCreditRisk !== undefined) out.ratiosByCreditRisk = ratiosOf(dto.ratiosByCreditRisk);
  if (dto.window !== undefined) out.window = windowOf(dto.window);
  return out;
}
