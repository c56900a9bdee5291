import type { Role, UserEvent, UserStatus } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

export interface PendingRoleRequestView {
  requestId: string;
  role: Role;
  requesterId: string;
  requestedAt: string;
}

/** An official's account as the user directory shows it: never the mobile number. */
export interface UserView extends ReadDocument {
  name: string;
  departmentId: string;
  post: string;
  employeeNumber: string;
  roles: Role[];
  /** Grants of admin or principal waiting for a second administrator. */
  pendingRoleRequests: PendingRoleRequestView[];
  status: UserStatus;
  /** The inspector of the directory this official signs in as ("in the team" means this user). */
  inspectorId: string | null;
  erased: boolean;
  registeredAt: string;
  updatedAt: string;
}

/** The user directory: lists of officials and their names. */
export const usersProjection: Projection<UserEvent> = {
  name: 'users',
  collections: [
    // employeeNumber: sign-in through the identity platform finds accounts by it.
    { name: 'users', indexes: [['departmentId'], ['status'], ['inspectorId'], ['employeeNumber']] },
  ],
  eventTypes: [
    'UserRegistered',
    'UserRoleRequested',
    'UserRoleRequestRejected',
    'UserRoleGranted',
    'UserRoleRevoked',
    'UserDisabled',
    'UserEnabled',
    'UserInspectorLinked',
    'UserPersonalDataErased',
  ],
  apply(event): DocumentChange[] {
    const at = event.metadata.occurredAt;
    const { userId } = event.data;
    const patch = (change: (view: UserView) => Partial<UserView>): DocumentChange<UserView> => ({
      collection: 'users',
      id: userId,
      update: (view) => (view ? { ...view, ...change(view), updatedAt: at } : null),
    });
    const closing = (view: UserView, requestId: string) =>
      view.pendingRoleRequests.filter((p) => p.requestId !== requestId);
    switch (event.type) {
      case 'UserRegistered': {
        const { departmentId, name, post, employeeNumber } = event.data;
        const view: UserView = {
          id: userId,
          name,
          departmentId,
          post,
          employeeNumber,
          roles: [],
          pendingRoleRequests: [],
          status: 'active',
          inspectorId: null,
          erased: false,
          registeredAt: at,
          updatedAt: at,
        };
        return [{ collection: 'users', id: userId, put: view }];
      }
      case 'UserRoleRequested': {
        const { requestId, role, requesterId } = event.data;
        return [
          patch((view) => ({
            pendingRoleRequests: [
              ...view.pendingRoleRequests,
              { requestId, role, requesterId, requestedAt: at },
            ],
          })),
        ];
      }
      case 'UserRoleRequestRejected':
        return [patch((view) => ({ pendingRoleRequests: closing(view, event.data.requestId) }))];
      case 'UserRoleGranted': {
        const { role, requestId } = event.data;
        return [
          patch((view) => ({
            roles: [...view.roles, role],
            pendingRoleRequests: requestId ? closing(view, requestId) : view.pendingRoleRequests,
          })),
        ];
      }
      case 'UserRoleRevoked':
        return [patch((view) => ({ roles: view.roles.filter((r) => r !== event.data.role) }))];
      case 'UserDisabled':
        return [patch(() => ({ status: 'disabled' }))];
      case 'UserEnabled':
        return [patch(() => ({ status: 'active' }))];
      case 'UserInspectorLinked':
        return [patch(() => ({ inspectorId: event.data.inspectorId }))];
      case 'UserPersonalDataErased':
        return [patch(() => ({ erased: true }))];
      default:
        return [];
    }
  },
};
