import type { OrganisationKind } from '../registers/department';
import type { InspectionTaskCommand } from './task-commands';
import { reject } from './task-guards';

type Initiate = Extract<InspectionTaskCommand, { kind: 'InitiateTask' }>;

/**
 * A joint task the joint office initiates itself from the year's joint plan (Gui'an 第39条), naming
 * an industry department as its lead (第36条). Facts the handler found: the lead's kind, and whether
 * the plan is filed with this office.
 */
export interface OfficeInitiation {
  officeId: string;
  leadDepartmentId: string;
  /** Absent: the lead is not registered (refused as any unregistered department). */
  leadKind?: OrganisationKind;
  planFiledWithOffice: boolean;
}

/**
 * Checks an office's initiation and returns the command as the lead's: from then on the task is the
 * lead's as any other (it draws the entities and locks, 第41条), recorded as initiated by the office.
 */
export function asOfficeInitiation(command: Initiate): Initiate {
  const office = command.office;
  if (!office) return command;
  if (!command.planId) {
    reject('OFFICE_TASK_NEEDS_PLAN', "The joint office initiates from the year's joint plan (Gui'an 第39条)");
  }
  if (office.leadKind !== undefined && office.leadKind !== 'department') {
    reject(
      'LEAD_NOT_AN_INDUSTRY_DEPARTMENT',
      `${office.leadDepartmentId} is a joint office; the lead is an industry department (Gui'an 第36条)`,
      { departmentId: office.leadDepartmentId },
    );
  }
  const inForce = command.plan && command.plan.status !== 'absent' ? command.plan.published : undefined;
  if (inForce) {
    if (!office.planFiledWithOffice) {
      reject('PLAN_NOT_FILED_WITH_OFFICE', `Plan ${command.planId} is not filed with ${office.officeId}`, {
        planId: command.planId,
        officeId: office.officeId,
      });
    }
    const planDepartments = [inForce.leadDepartmentId, ...inForce.cooperatingDepartmentIds];
    if (!planDepartments.includes(office.leadDepartmentId)) {
      reject(
        'OFFICE_TASK_LEAD_NOT_IN_PLAN',
        `${office.leadDepartmentId} is not one of plan ${command.planId}'s departments`,
        { departmentId: office.leadDepartmentId, planId: command.planId },
      );
    }
  }
  return { ...command, by: { actorId: command.by.actorId, departmentId: office.leadDepartmentId } };
}
