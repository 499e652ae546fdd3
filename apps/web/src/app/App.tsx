import { useMemo, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import type { ApiClient } from '../api/api-client.ts';
import { ApiContext } from '../api/use-api.ts';
import { I18nContext, makeI18n, useI18n, type Locale } from '../i18n/i18n.ts';
import { AuditPage } from '../pages/audit/AuditPage.tsx';
import { CampaignsPage } from '../pages/campaigns/CampaignsPage.tsx';
import { CaseDetailPage } from '../pages/cases/CaseDetailPage.tsx';
import { CasesPage } from '../pages/cases/CasesPage.tsx';
import { AlertsPage } from '../pages/alerts/AlertsPage.tsx';
import { MyReportsPage } from '../pages/my/MyReportsPage.tsx';
import { MyTrainingPage } from '../pages/my/MyTrainingPage.tsx';
import { OverviewPage } from '../pages/overview/OverviewPage.tsx';
import { PersonnelReportsPage } from '../pages/personnel/PersonnelReportsPage.tsx';
import { RegistryPage } from '../pages/registry/RegistryPage.tsx';
import { RevealsPage } from '../pages/reveals/RevealsPage.tsx';
import { SubjectTimelinePage } from '../pages/subjects/SubjectTimelinePage.tsx';
import { TipFollowUpPage } from '../pages/tips/TipFollowUpPage.tsx';
import { TipPage } from '../pages/tips/TipPage.tsx';
import { TipsInboxPage } from '../pages/tips/TipsInboxPage.tsx';
import { TraceLeakPage } from '../pages/trace/TraceLeakPage.tsx';
import { Loading } from '../ui/Loading.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { AppShell } from './AppShell.tsx';
import { LoginPage } from './LoginPage.tsx';
import { homeFor } from './navigation.ts';
import { SessionProvider, useSession } from './session.tsx';

const LOCALE_KEY = 'vigil.locale';

export function App({ api, initialLocale }: { api: ApiClient; initialLocale: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const i18n = useMemo(
    () =>
      makeI18n(locale, (next) => {
        localStorage.setItem(LOCALE_KEY, next);
        document.documentElement.lang = next;
        setLocaleState(next);
      }),
    [locale],
  );
  return (
    <I18nContext.Provider value={i18n}>
      <ApiContext.Provider value={api}>
        <BrowserRouter>
          <SessionProvider>
            <AppShell>
              <AppRoutes />
            </AppShell>
          </SessionProvider>
        </BrowserRouter>
      </ApiContext.Provider>
    </I18nContext.Provider>
  );
}

export const storedLocale = (): string | null => localStorage.getItem(LOCALE_KEY);

/** Public pages first (the tip line needs no account), then the sign-in gate. */
function AppRoutes() {
  return (
    <Routes>
      <Route path="/tip" element={<TipPage />} />
      <Route path="/tip/follow-up" element={<TipFollowUpPage />} />
      <Route path="*" element={<SignedInRoutes />} />
    </Routes>
  );
}

function SignedInRoutes() {
  const { session } = useSession();
  if (session.state === 'checking') return <Loading />;
  if (session.state === 'signed-out') return <LoginPage />;
  const home = homeFor(session.account.role);
  return (
    <Routes>
      <Route path="/" element={<Navigate to={home} replace />} />
      <Route path="/login" element={<Navigate to={home} replace />} />
      <Route path="/overview" element={<OverviewPage />} />
      <Route path="/alerts" element={<AlertsPage />} />
      <Route path="/subjects/:pseudonym" element={<SubjectTimelinePage />} />
      <Route path="/cases" element={<CasesPage />} />
      <Route path="/cases/:id" element={<CaseDetailPage />} />
      <Route path="/reveals" element={<RevealsPage />} />
      <Route path="/personnel" element={<PersonnelReportsPage />} />
      <Route path="/tips/inbox" element={<TipsInboxPage />} />
      <Route path="/registry" element={<RegistryPage />} />
      <Route path="/trace" element={<TraceLeakPage />} />
      <Route path="/campaigns" element={<CampaignsPage />} />
      <Route path="/audit" element={<AuditPage />} />
      <Route path="/my/reports" element={<MyReportsPage />} />
      <Route path="/my/training" element={<MyTrainingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function NotFoundPage() {
  const { t } = useI18n();
  return <PageHeading title={t('shell.notFound')} />;
}
