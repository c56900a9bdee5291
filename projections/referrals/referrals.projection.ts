import type { ReferralAnswer } from '@app/contract';
import type { ReferralEvent } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/** A referral as the inboxes, the outboxes and the overdue list read it (ADR 50). */
export type ReferralView = ReadDocument & ReferralAnswer;

/**
 * Referrals (移送/转办) with their state and deadlines, indexed by the receiving department (its
 * inbox) and the sending one (its outbox). The deadlines are those the events recorded.
 */
export const referralsProjection: Projection<ReferralEvent> = {
  name: 'referrals',
  collections: [
    {
      name: 'referrals',
      indexes: [['toDepartmentId'], ['fromDepartmentId'], ['state'], ['entityId'], ['taskId']],
    },
  ],
  eventTypes: ['ReferralCreated', 'ReferralAccepted', 'ReferralReturned', 'ReferralOutcomeRecorded'],
  apply(event): DocumentChange[] {
    const id = event.data.referralId;
    const patch = (change: (view: ReferralView) => Partial<ReferralView>): DocumentChange<ReferralView> => ({
      collection: 'referrals',
      id,
      update: (view) => (view ? { ...view, ...change(view) } : null),
    });
    switch (event.type) {
      case 'ReferralCreated': {
        const d = event.data;
        const view: ReferralView = {
          id,
          taskId: d.taskId,
          entityId: d.entityId,
          fromDepartmentId: d.fromDepartmentId,
          toDepartmentId: d.toDepartmentId,
          referralKind: d.referralKind,
          reason: d.reason,
          state: 'sent',
          referredBy: d.referredBy,
          referredOn: d.referredOn,
          acceptDue: d.acceptDue.date,
          outcomes: [],
          provisional: d.acceptDue.provisional,
        };
        return [{ collection: 'referrals', id, put: view }];
      }
      case 'ReferralAccepted': {
        const d = event.data;
        return [
          patch((view) => ({
            state: 'accepted',
            acceptedBy: d.acceptedBy,
            acceptedOn: d.acceptedOn,
            acceptedLate: d.late,
            outcomeDue: d.outcomeDue.date,
            provisional: view.provisional || d.outcomeDue.provisional,
          })),
        ];
      }
      case 'ReferralReturned': {
        const d = event.data;
        return [
          patch(() => ({
            state: 'returned',
            returnedBy: d.returnedBy,
            returnedOn: d.returnedOn,
            returnReason: d.reason,
          })),
        ];
      }
      case 'ReferralOutcomeRecorded': {
        const { referralId: _id, departmentId: _d, taskId: _t, entityId: _e, ...entry } = event.data;
        return [
          patch((view) => ({
            state: entry.outcome === 'caseFiled' ? 'caseFiled' : 'decided',
            outcomes: [...view.outcomes, entry],
          })),
        ];
      }
      default:
        return [];
    }
  },
};
