import type { MessageKey } from '../../i18n/catalogue';
import type { ResultDraft } from './result-draft';
import type { TaskDraft } from './task-form';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The task forms' own names for the api's fields, so that a problem listed away from its control
 * (FormProblems) names the field as the form does, down to the department or item of a list entry.
 */
export function initiateLabels(
  t: Translate,
  draft: Pick<TaskDraft, 'participants'>,
  lead: string,
  departmentName: (id: string) => string,
): Record<string, string> {
  const labels: Record<string, string> = {
    name: t('tasks.name'),
    planId: t('tasks.plan'),
    adhocReason: t('tasks.adhocReason'),
    beyondPlanReason: t('tasks.beyondPlanReason'),
    leadDepartmentId: t('tasks.leadDepartment'),
    itemIds: t('tasks.leadItems', { department: departmentName(lead) }),
    participants: t('tasks.inviteDepartments'),
    'participants.departmentId': t('tasks.inviteDepartments'),
    criteria: t('tasks.criteriaTitle'),
    'criteria.kinds': t('tasks.criteriaKinds'),
    'criteria.scales': t('tasks.criteriaScales'),
    'criteria.regionCodes': t('tasks.criteriaRegions'),
    'criteria.industryCodes': t('tasks.criteriaIndustries'),
    'criteria.tags': t('tasks.criteriaTags'),
    sampling: t('tasks.samplingMode'),
    'sampling.count': t('tasks.samplingCount'),
    'sampling.ratio': t('tasks.samplingRatio'),
    'sampling.byCreditRisk': t('tasks.samplingByClass'),
    'window.from': t('tasks.windowFrom'),
    'window.to': t('tasks.windowTo'),
    beacon: t('tasks.beaconTitle'),
    'beacon.source': t('tasks.beaconSource'),
    'beacon.round': t('tasks.beaconRound'),
    'beacon.drawDate': t('tasks.beaconDrawDate'),
    withoutBeaconReason: t('tasks.withoutBeaconReason'),
  };
  for (const c of ['A', 'B', 'C', 'D'])
    labels[`sampling.byCreditRisk.${c}`] = t('tasks.samplingClassRatio', { c });
  draft.participants.forEach((p, i) => {
    labels[`participants.${i}.itemIds`] = t('tasks.participantItems', {
      department: departmentName(p.departmentId),
    });
  });
  return labels;
}

/** A result's fields (`prefix` "corrected." in a correction), each finding by its item's name. */
export function resultLabels(
  t: Translate,
  prefix: string,
  findings: ResultDraft['findings'],
  itemName: (id: string) => string,
): Record<string, string> {
  const labels: Record<string, string> = {
    [`${prefix}category`]: t('tasks.category'),
    [`${prefix}method`]: t('tasks.method'),
    [`${prefix}inspectedOn`]: t('tasks.inspectedOn'),
    [`${prefix}signatureRefused`]: t('tasks.signatureRefused'),
    [`${prefix}witness`]: t('tasks.witness'),
    [`${prefix}notes`]: t('tasks.notes'),
    [`${prefix}itemFindings`]: t('tasks.finding'),
    [`${prefix}itemFindings.finding`]: t('tasks.finding'),
    [`${prefix}itemFindings.compliant`]: t('tasks.compliant'),
  };
  findings.forEach((f, i) => {
    const item = itemName(f.itemId);
    labels[`${prefix}itemFindings.${i}`] = t('tasks.findingFor', { item });
    labels[`${prefix}itemFindings.${i}.itemId`] = t('tasks.findingFor', { item });
    labels[`${prefix}itemFindings.${i}.finding`] = t('tasks.findingOf', { item });
    labels[`${prefix}itemFindings.${i}.compliant`] = t('tasks.compliantOf', { item });
  });
  return labels;
}
