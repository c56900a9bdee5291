import type { KnownFields } from '../../api/server-types';
import type {
  CheckItemView as ServerCheckItemView,
  JointItemListView as ServerJointItemListView,
} from '@app/projections/registers/check-items.projection';
import type { EntityView as ServerEntityView } from '@app/projections/registers/entities.projection';
import type { InspectorView as ServerInspectorView } from '@app/projections/registers/inspectors.projection';

export type CheckItemView = KnownFields<ServerCheckItemView>;

export type JointItemListView = KnownFields<ServerJointItemListView>;

export type EntityView = KnownFields<ServerEntityView>;

/**
 * Personal data as the api shows it: masked except for an administrator, `null` once erased (the
 * api opens the view's sealed `personalData` into these two fields).
 */
export type InspectorView = Omit<KnownFields<ServerInspectorView>, 'personalData'> & {
  idCardNumber: string | null;
  phone: string | null;
};

export type { ImportReport } from '@app/contract';
