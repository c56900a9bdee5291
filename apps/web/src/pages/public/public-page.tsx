import { Link, NavLink, Route, Routes } from 'react-router';
import { Empty } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import '../registers/registers.css';
import { PublicItemsSection } from './public-items';
import { PublicJointListsSection } from './public-joint-lists';
import { PublicPlansSection } from './public-plans';
import { PublicResultsSection } from './public-results';
import { PublicTasksSection } from './public-tasks';
import { PublicCancellationsSection } from './public-cancellations';
import { PublicConsolidatedPlansSection } from './public-consolidated-plans';
import { PublicPostponementsSection } from './public-postponements';
import { PublicCheckpointsSection } from './public-checkpoints';
import { PublicVerifySection } from './public-verify';
import { PublicObjectionsSection } from './public-objections';

/**
 * 公示 (/public/*, no sign-in): results by entity, plans, task announcements, tasks cancelled after
 * their draw, the check-item list and the joint item lists (一业一单), the public check of a draw and the transparency log's signed
 * checkpoints.
 */
export function PublicPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const tabs = [
    { to: '/public', label: t('public.tab.results'), end: true },
    { to: '/public/plans', label: t('public.tab.plans') },
    { to: '/public/consolidated-plans', label: t('public.tab.consolidated') },
    { to: '/public/tasks', label: t('public.tab.tasks') },
    { to: '/public/cancellations', label: t('public.tab.cancellations') },
    { to: '/public/postponements', label: t('public.tab.postponements') },
    { to: '/public/items', label: t('public.tab.items') },
    { to: '/public/joint-lists', label: t('public.tab.jointLists') },
    { to: '/public/verify', label: t('public.tab.verify') },
    { to: '/public/checkpoints', label: t('public.tab.checkpoints') },
    { to: '/public/objections', label: t('public.tab.objections') },
  ];
  return (
    <div className="rx-page">
      <h1>{t('public.title')}</h1>
      <p className="rx-intro">
        {t('public.intro')}
        {!session ? (
          <>
            {' '}
            <Link to="/sign-in">{t('public.signIn')}</Link>
          </>
        ) : null}
      </p>
      <nav className="rx-tabs" aria-label={t('public.sections')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end}>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<PublicResultsSection />} />
        <Route path="plans" element={<PublicPlansSection />} />
        <Route path="tasks" element={<PublicTasksSection />} />
        <Route path="cancellations" element={<PublicCancellationsSection />} />
        <Route path="consolidated-plans" element={<PublicConsolidatedPlansSection />} />
        <Route path="postponements" element={<PublicPostponementsSection />} />
        <Route path="items" element={<PublicItemsSection />} />
        <Route path="joint-lists" element={<PublicJointListsSection />} />
        <Route path="verify" element={<PublicVerifySection />} />
        <Route path="verify/:taskId" element={<PublicVerifySection />} />
        <Route path="checkpoints" element={<PublicCheckpointsSection />} />
        <Route path="objections" element={<PublicObjectionsSection />} />
        <Route path="*" element={<Empty>{t('public.notFound')}</Empty>} />
      </Routes>
      <p className="rx-muted">{t('public.maskedNote')}</p>
    </div>
  );
}
