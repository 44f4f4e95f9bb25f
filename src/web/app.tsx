import { Button, Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AdminAgencyProvider } from './admin/admin-agency-context';
import { setUnauthorizedHandler } from './api/api-client';
import { ApiRequestError } from './api/api-request-error';
import { isAdmin, SESSION_KEY, useSession } from './api/use-session';
import { i18n } from './i18n/i18n';
import { AgenciesPage } from './pages/admin/agencies-page';
import { AppointmentsPage } from './pages/admin/appointments-page';
import { CalendarPage } from './pages/admin/calendar-page';
import { CertificatesPage } from './pages/admin/certificates-page';
import { PeoplePage } from './pages/admin/people-page';
import { PositionsPage } from './pages/admin/positions-page';
import { UnitsPage } from './pages/admin/units-page';
import { ChangePasswordPage } from './pages/change-password-page';
import { DocumentPage } from './pages/documents/document-page';
import { DocumentsListPage } from './pages/documents/documents-list-page';
import { HomePage } from './pages/home-page';
import { LettersPage } from './pages/letters/letters-page';
import { NotFoundPage } from './pages/not-found-page';
import { AgreementsPage } from './pages/performance/agreements-page';
import { DashboardPage } from './pages/performance/dashboard-page';
import { RealisationPage } from './pages/performance/realisation-page';
import { RegionDashboardPage } from './pages/performance/region-dashboard-page';
import { RenstraPage } from './pages/performance/renstra-page';
import { VerificationPage } from './pages/performance/verification-page';
import { CompliancePage } from './pages/runs/compliance-page';
import { InboxPage } from './pages/runs/inbox-page';
import { RunPage } from './pages/runs/run-page';
import { RunsListPage } from './pages/runs/runs-list-page';
import { SignInPage } from './pages/sign-in-page';
import { EditSopEditorPage, NewSopEditorPage } from './pages/sop-editor/sop-editor-page';
import { SopListPage } from './pages/sops/sop-list-page';
import { SopPage } from './pages/sops/sop-page';
import { PublicVerificationPage } from './pages/verification/verification-page';
import { AppLayout } from './shell/app-layout';
import { cssVariablesResolver, theme } from './theme';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change on retry; network blips might.
        retry: (count, error) =>
          !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function App() {
  const [client] = useState(createQueryClient);
  useEffect(() => {
    setUnauthorizedHandler(() => void client.invalidateQueries({ queryKey: SESSION_KEY }));
    // Server texts (messages, working-hours summary) come in the request's language: fetch them again.
    const onLanguage = () => void client.invalidateQueries();
    i18n.on('languageChanged', onLanguage);
    return () => i18n.off('languageChanged', onLanguage);
  }, [client]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={client}>
        <BrowserRouter>
          <Routes>
            {/* A signed document's QR code opens this page: no sign-in. */}
            <Route path="/verifikasi/:token" element={<PublicVerificationPage />} />
            <Route path="*" element={<AppRoutes />} />
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}

function AppRoutes() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending)
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (session.isError)
    return (
      <Center h="100vh" p="md">
        <Stack align="center" component="main">
          <Text role="alert">{session.error.message}</Text>
          <Button onClick={() => void session.refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  const me = session.data.user;
  if (!me)
    return (
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="*" element={<RedirectToSignIn />} />
      </Routes>
    );
  const admin = isAdmin(me);
  return (
    <AdminAgencyProvider me={me}>
      <Routes>
        <Route path="/sign-in" element={<AfterSignIn />} />
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="password" element={<ChangePasswordPage />} />
          <Route path="inbox" element={<InboxPage />} />
          <Route path="performance">
            <Route index element={<Navigate to="/performance/dashboard" replace />} />
            <Route path="dashboard" element={<DashboardPage />} />
            <Route path="realisation" element={<RealisationPage />} />
            <Route path="verification" element={<VerificationPage />} />
            <Route path="renstra" element={<RenstraPage />} />
            <Route path="agreements" element={<AgreementsPage />} />
            <Route path="region" element={<RegionDashboardPage />} />
          </Route>
          <Route path="runs" element={<RunsListPage />} />
          <Route path="runs/:runId" element={<RunPage />} />
          <Route path="sops" element={<SopListPage />} />
          <Route path="sops/:sopId" element={<SopPage />} />
          <Route path="sops/new" element={<NewSopEditorPage />} />
          <Route path="sops/:sopId/edit" element={<EditSopEditorPage />} />
          <Route path="compliance" element={<CompliancePage />} />
          <Route path="documents" element={<DocumentsListPage />} />
          <Route path="documents/:documentId" element={<DocumentPage />} />
          {admin && (
            <Route path="admin">
              <Route index element={<Navigate to="/admin/agencies" replace />} />
              <Route path="agencies" element={<AgenciesPage />} />
              <Route path="units" element={<UnitsPage />} />
              <Route path="positions" element={<PositionsPage />} />
              <Route path="people" element={<PeoplePage />} />
              <Route path="appointments" element={<AppointmentsPage />} />
              <Route path="calendar" element={<CalendarPage />} />
              <Route path="certificates" element={<CertificatesPage />} />
              <Route path="letters" element={<LettersPage />} />
            </Route>
          )}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </AdminAgencyProvider>
  );
}

/** Remembers where the person wanted to go, so signing in takes them there. */
function RedirectToSignIn() {
  const location = useLocation();
  const next =
    location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
  return <Navigate to={`/sign-in${next}`} replace />;
}

function AfterSignIn() {
  const location = useLocation();
  const next = new URLSearchParams(location.search).get('next');
  // Only paths of this application: never an address elsewhere.
  const target = next?.startsWith('/') && !next.startsWith('//') ? next : '/';
  return <Navigate to={target} replace />;
}
