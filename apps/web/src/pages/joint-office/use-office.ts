import { useState } from 'react';
import { useDepartments } from '../../api/use-departments';
import { useSession } from '../../session/session';
import { useApiToday } from '../tasks/use-api-today';
import { yearOf } from './joint-office-model';

/**
 * What the joint-office pages share: the api's today and year, the year chosen, department names,
 * and the office a coordinator acts for (undefined for an admin or a supervisor: every office).
 */
export function useOffice() {
  const { session } = useSession();
  const today = useApiToday(session?.departmentId);
  const departments = useDepartments();
  const [chosen, setYear] = useState<number>();
  const coordinator = session?.roles.includes('coordinator') ?? false;
  return {
    today,
    year: chosen ?? yearOf(today),
    setYear,
    nameOf: departments.nameOf,
    officeId: coordinator ? session?.departmentId : undefined,
    mayPublish: coordinator || (session?.roles.includes('admin') ?? false),
  };
}
