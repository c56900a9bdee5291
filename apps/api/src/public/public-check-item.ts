import type { PublicCheckItem } from '@app/contract';
import type { CheckItemView } from '@app/projections';

/** Picked field by field, so that a field added to the read model later is not public by accident. */
export function publicCheckItem(item: CheckItemView): PublicCheckItem {
  return {
    id: item.id,
    departmentId: item.departmentId,
    name: item.name,
    basis: item.basis,
    targetKinds: item.targetKinds,
    content: item.content,
    methods: item.methods,
    itemClass: item.itemClass,
    ...(item.ratio === undefined ? {} : { ratio: item.ratio }),
    ...(item.frequencyPerYear === undefined ? {} : { frequencyPerYear: item.frequencyPerYear }),
  };
}
