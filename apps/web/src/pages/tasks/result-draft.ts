import type { InspectionResult } from './task-types';
import type { InspectionMethod, ResultCategory } from '../../api/vocabulary';

/** The result form as typed: one finding per check item of the department. */
export interface ResultDraft {
  category: ResultCategory | '';
  /** How it was inspected (Gui'an 第十三条); blank until chosen, and for results entered before it was kept. */
  method: InspectionMethod | '';
  inspectedOn: string;
  findings: { itemId: string; finding: string; compliant: '' | 'yes' | 'no' }[];
  signatureRefused: boolean;
  witness: string;
  notes: string;
}

/** A blank form for these items, inspected today by default. */
export function blankResult(itemIds: readonly string[], today: string): ResultDraft {
  return {
    category: '',
    method: '',
    inspectedOn: today,
    findings: itemIds.map((itemId) => ({ itemId, finding: '', compliant: '' })),
    signatureRefused: false,
    witness: '',
    notes: '',
  };
}

/** The form filled with a result (to correct it, or to enter it again), keeping every item of the department. */
export function draftOf(result: InspectionResult, itemIds: readonly string[]): ResultDraft {
  const found = new Map(result.itemFindings.map((f) => [f.itemId, f]));
  const ids = [...itemIds, ...result.itemFindings.map((f) => f.itemId).filter((id) => !itemIds.includes(id))];
  return {
    category: result.category,
    method: result.method ?? '',
    inspectedOn: result.inspectedOn,
    findings: ids.map((itemId) => {
      const f = found.get(itemId);
      return {
        itemId,
        finding: f?.finding ?? '',
        compliant: f?.compliant === undefined ? '' : f.compliant ? 'yes' : 'no',
      };
    }),
    signatureRefused: result.signatureRefused ?? false,
    witness: result.witness ?? '',
    notes: result.notes ?? '',
  };
}

/**
 * The result as the api takes it. Every item's finding is sent, blank ones too, so that the api
 * names the item (`itemFindings.N.finding`) it needs a finding for.
 */
export function resultOf(draft: ResultDraft): InspectionResult {
  const witness = draft.witness.trim();
  const notes = draft.notes.trim();
  return {
    category: draft.category as ResultCategory,
    // A blank method is left out: the api then names the field it needs.
    ...(draft.method ? { method: draft.method } : {}),
    itemFindings: draft.findings.map((f) => ({
      itemId: f.itemId,
      finding: f.finding.trim(),
      ...(f.compliant === '' ? {} : { compliant: f.compliant === 'yes' }),
    })),
    inspectedOn: draft.inspectedOn,
    ...(draft.signatureRefused ? { signatureRefused: true } : {}),
    ...(witness ? { witness } : {}),
    ...(notes ? { notes } : {}),
  };
}
