import { beijingDate } from '@app/domain/calendar/calendar-date';
import type { OverdueResponse } from '@app/contract';
import { useApi } from '../../api/use-api';
import { Async, ErrorNotice } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { useDepartments } from '../../api/use-departments';
import { usePublicationDue, type OwedDisclosure } from '../tasks/use-publication-due';
import { OverdueSection } from './overdue-section';
import { ReferralInbox } from './referral-inbox';
import { WorkSections } from './work-sections';
import { SetupGuide } from '../org/setup-guide';
import { useWorkTasks } from './use-workbench';
import '../tasks/tasks.css';

/** 工作台: what needs me now — responses, results to enter, publications, approvals, and what is overdue. */
export function WorkbenchPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const departmentId = session?.departmentId;
  const departments = useDepartments();
  // The api's "today" (Beijing; a simulated clock too) comes with its overdue lists.
  const disclosures = useApi<{ asOf: string; items: OwedDisclosure[] }>('/api/overdue-disclosures', {
    departmentId,
  });
  const responses = useApi<{ asOf: string; items: OverdueResponse[] }>('/api/overdue-responses', {
    departmentId,
  });
  const today = disclosures.data?.asOf ?? beijingDate(Date.now());
  const work = useWorkTasks(departmentId);
  // Counted from the api's today, once it is known.
  const owed = usePublicationDue(disclosures.data ? departmentId : undefined, today);
  if (!session) return null;
  const ownDepartment = departments.departments.find((d) => d.id === session.departmentId);
  return (
    <>
      <h1>{t('tasks.workbenchTitle')}</h1>
      <p className="field-hint">
        {/* A department not registered (the start-up administrator's "system") is not named by its id. */}
        {ownDepartment
          ? t('tasks.workbenchIntro', { department: ownDepartment.name, today })
          : t('tasks.workbenchIntroPersonal', { today })}
      </p>
      <SetupGuide today={today} />
      {departmentId && session.roles.some((r) => r === 'operator' || r === 'head') ? (
        <ReferralInbox departmentId={departmentId} today={today} />
      ) : null}
      <Async loaded={work} keep>
        {(loaded) => (
          <>
            {loaded.truncated ? (
              <p className="field-hint">{t('tasks.workbenchTruncated', { n: loaded.tasks.length })}</p>
            ) : null}
            <WorkSections tasks={loaded.tasks} today={today} owed={owed.data} />
          </>
        )}
      </Async>
      {owed.error ? <ErrorNotice error={owed.error} onRetry={owed.reload} /> : null}
      <OverdueSection
        disclosures={disclosures}
        responses={responses}
        taskName={(id) => work.data?.names.get(id)}
      />
    </>
  );
}
