import type { DepartmentJointTasks, JointTaskMinimum } from '@app/contract';
import type { DepartmentView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { everything } from '../common/read-all';
import { STORES } from '../stores/stores.providers';
import type { StatisticsScope } from './statistics-scope';
import { tasksOfYear } from './year-reads';

/** Siyang 二(四): “每年度至少发起1次部门联合‘双随机’抽查” (no other seed names a number). */
export const JOINT_TASKS_PER_YEAR = 1;

/**
 * Each department's joint tasks of a year against the minimum: led (initiated by it, not cancelled,
 * at least one participant accepted: a joint inspection as the statistics count it) and joined.
 */
@Injectable()
export class JointTaskFigures {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  async jointTasks({ year, departmentId }: StatisticsScope): Promise<JointTaskMinimum> {
    const joint = (await tasksOfYear(this.stores, year, undefined)).filter(
      (t) => !t.cancelled && t.acceptedIds.length > 0,
    );
    const departments = departmentId ? [departmentId] : await this.departments(joint);
    const rows: DepartmentJointTasks[] = departments.map((id) => {
      const led = joint.filter((t) => t.leadDepartmentId === id).length;
      return {
        departmentId: id,
        led,
        joined: joint.filter((t) => t.acceptedIds.includes(id)).length,
        meetsYearlyJointTask: led >= JOINT_TASKS_PER_YEAR,
      };
    });
    return { year, minimumPerYear: JOINT_TASKS_PER_YEAR, departments: rows };
  }

  /** Every registered department (joint offices are not held to it), and any other that took part. */
  private async departments(joint: { leadDepartmentId: string; acceptedIds: string[] }[]): Promise<string[]> {
    const registered = await everything(
      this.stores.projections.collection<DepartmentView>('departments', 'departments'),
      undefined,
    );
    const ids = new Set(registered.filter((d) => d.kind !== 'joint-office').map((d) => d.id));
    const offices = new Set(registered.filter((d) => d.kind === 'joint-office').map((d) => d.id));
    for (const t of joint) {
      for (const id of [t.leadDepartmentId, ...t.acceptedIds]) if (!offices.has(id)) ids.add(id);
    }
    return [...ids].sort();
  }
}
