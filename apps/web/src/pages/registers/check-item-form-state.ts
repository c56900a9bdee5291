import { changedFields, defined, optionalNumber } from './form-values';
import { fractionOf, percentText } from '../../api/percent';
import type { CheckItemView } from './views';
import type { CheckItemDefinition } from '@app/domain/registers/check-item';

/** The check-item form as typed: the numbers are held as the text typed (the ratio as a percentage), parsed on submit. */
export type CheckItemForm = Omit<CheckItemDefinition, 'ratio' | 'frequencyPerYear'> & {
  ratio: string;
  frequencyPerYear: string;
};

export function emptyCheckItemForm(departmentId: string): CheckItemForm {
  return {
    departmentId,
    name: '',
    basis: '',
    targetKinds: [],
    content: '',
    methods: [],
    itemClass: 'A',
    ratio: '',
    frequencyPerYear: '',
  };
}

export function checkItemFormOf(item: CheckItemView): CheckItemForm {
  return {
    departmentId: item.departmentId,
    name: item.name,
    basis: item.basis,
    targetKinds: item.targetKinds,
    content: item.content,
    methods: item.methods,
    itemClass: item.itemClass,
    ratio: percentText(item.ratio),
    frequencyPerYear: item.frequencyPerYear === undefined ? '' : String(item.frequencyPerYear),
  };
}

/** `POST /api/check-items`. */
export function addCheckItemBody(form: CheckItemForm): Record<string, unknown> {
  return defined({
    departmentId: form.departmentId,
    name: form.name.trim(),
    basis: form.basis.trim(),
    targetKinds: form.targetKinds,
    content: form.content.trim(),
    methods: form.methods,
    itemClass: form.itemClass,
    ratio: fractionOf(form.ratio),
    frequencyPerYear: optionalNumber(form.frequencyPerYear),
  });
}

/** `PATCH /api/check-items/:id`: what changed, never the department. */
export function changeCheckItemBody(item: CheckItemView, form: CheckItemForm): Record<string, unknown> {
  const { departmentId: _before, ...before } = addCheckItemBody(checkItemFormOf(item));
  const { departmentId: _after, ...after } = addCheckItemBody(form);
  return changedFields(before, after);
}
