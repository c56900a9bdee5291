import type { ReferralView } from '@app/projections';
import type { DocumentFilter } from '@app/read-store';
import type { Actor, Stores } from '@app/runtime';
import { ApiError } from '../common/api-error';
import { everything } from '../common/read-all';
import { type SupervisionScope, supervisionScope } from '../org/supervision-scope';

/** Who reads which referrals: auditors all; supervisors their region's; staff their department's. */
export class ReferralReads {
  constructor(private readonly stores: Stores) {}

  private collection() {
    return this.stores.projections.collection<ReferralView>('referrals', 'referrals');
  }

  async one(referralId: string, actor: Actor): Promise<ReferralView> {
    const found = await this.collection().get(referralId);
    if (!found) throw ApiError.notFound('REFERRAL_NOT_FOUND', `No referral ${referralId}`);
    const scope = await this.scope(actor);
    if (!scope.has(found.fromDepartmentId) && !scope.has(found.toDepartmentId)) refuse();
    return found;
  }

  /** The inbox (`to`), the outbox (`from`), or both of the caller's department, oldest due first. */
  async list(actor: Actor, query: { to?: string; from?: string; state?: string }): Promise<ReferralView[]> {
    const scope = await this.scope(actor);
    for (const department of [query.to, query.from]) if (department && !scope.has(department)) refuse();
    const state: DocumentFilter = query.state ? { state: query.state } : {};
    const filters: DocumentFilter[] = [];
    if (query.to || query.from) {
      filters.push({
        ...(query.to ? { toDepartmentId: query.to } : {}),
        ...(query.from ? { fromDepartmentId: query.from } : {}),
        ...state,
      });
    } else if (scope.all) {
      filters.push(state);
    } else {
      const ids = { $in: [...scope.ids] };
      filters.push({ toDepartmentId: ids, ...state }, { fromDepartmentId: ids, ...state });
    }
    const found = new Map<string, ReferralView>();
    for (const filter of filters) {
      for (const view of await everything(this.collection(), filter)) found.set(view.id, view);
    }
    return [...found.values()].sort(
      (a, b) => a.acceptDue.localeCompare(b.acceptDue) || a.id.localeCompare(b.id),
    );
  }

  private async scope(
    actor: Actor,
  ): Promise<{ all: boolean; ids: Set<string>; has: (id: string) => boolean }> {
    const all = actor.roles.includes('auditor') || actor.roles.includes('admin');
    const supervised: SupervisionScope | undefined = actor.roles.includes('supervisor')
      ? await supervisionScope(this.stores, actor)
      : undefined;
    const ids = new Set([actor.departmentId, ...(supervised?.departmentIds ?? [])]);
    const unbound = actor.roles.includes('supervisor') && !supervised;
    return { all: all || unbound, ids, has: (id) => all || unbound || ids.has(id) };
  }
}

function refuse(): never {
  throw ApiError.forbidden(
    'REFERRAL_OF_OTHER_DEPARTMENT',
    'Only the sending and receiving departments, supervisors and auditors read a referral',
  );
}
