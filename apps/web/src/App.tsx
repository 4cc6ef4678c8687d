// Routes: the public portal at / and /public/*, the staff workstation at /staff/* behind sign-in.
// Each screen is its own chunk, loaded when first opened.
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, RequireStaff, useStaff } from './auth/auth';
import { screenPath, screensOf, type StaffScreen } from './auth/abilities';
import { Forbidden, Loading, NotFound } from './components/Results';
import { I18nProvider, useI18n } from './i18n/i18n';

const PublicLayout = lazy(() => import('./layouts/PublicLayout').then((m) => ({ default: m.PublicLayout })));
const StaffLayout = lazy(() => import('./layouts/StaffLayout').then((m) => ({ default: m.StaffLayout })));
const Landing = lazy(() => import('./pages/public/LandingPage'));
const Apply = lazy(() => import('./pages/public/ApplyPage'));
const Track = lazy(() => import('./pages/public/TrackPage'));
const Service = lazy(() => import('./pages/public/ServicePage'));
const SignIn = lazy(() => import('./pages/staff/SignInPage'));
const Intake = lazy(() => import('./pages/staff/IntakePage'));
const Matters = lazy(() => import('./pages/staff/MattersPage'));
const MatterDetail = lazy(() => import('./pages/staff/MatterDetailPage'));
const Queues = lazy(() => import('./pages/staff/QueuesPage'));
const DashboardScreen = lazy(() => import('./pages/staff/DashboardPage'));
const Audit = lazy(() => import('./pages/staff/AuditPage'));
const MediationCase = lazy(() => import('./pages/staff/MediationCasePage'));
const MediatorRoll = lazy(() => import('./pages/staff/MediatorRollPage'));
const ArbitrationCase = lazy(() => import('./pages/staff/ArbitrationCasePage'));
const HearingCalendar = lazy(() => import('./pages/staff/HearingCalendarPage'));
const InspectionCases = lazy(() => import('./pages/staff/InspectionCasesPage'));
const InspectionCase = lazy(() => import('./pages/staff/InspectionCasePage'));
const SupervisionMatters = lazy(() => import('./pages/staff/SupervisionMattersPage'));
const SupervisionMatter = lazy(() => import('./pages/staff/SupervisionMatterPage'));

/** A staff screen the user's posts allow, or 403. */
function Allowed({ screen, children }: { screen: StaffScreen | 'arbitrationCases'; children: ReactNode }) {
  const { abilities } = useStaff();
  return abilities[screen] ? children : <Forbidden />;
}

/** /staff lands on the first screen the user's posts allow. */
function StaffHome() {
  const { abilities } = useStaff();
  const { t } = useI18n();
  const [first] = screensOf(abilities);
  return first ? <Navigate to={`/staff/${screenPath(first)}`} replace /> : <Forbidden reason={t.staff.noScreens} />;
}

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <BrowserRouter>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route element={<PublicLayout />}>
                <Route index element={<Landing />} />
                <Route path="public" element={<Landing />} />
                <Route path="public/apply" element={<Apply />} />
                <Route path="public/track" element={<Track />} />
                <Route path="public/service/:token" element={<Service />} />
              </Route>
              <Route path="staff/sign-in" element={<SignIn />} />
              <Route
                path="staff"
                element={
                  <RequireStaff>
                    <StaffLayout />
                  </RequireStaff>
                }
              >
                <Route index element={<StaffHome />} />
                <Route
                  path="intake"
                  element={
                    <Allowed screen="intake">
                      <Intake />
                    </Allowed>
                  }
                />
                <Route
                  path="matters"
                  element={
                    <Allowed screen="matters">
                      <Matters />
                    </Allowed>
                  }
                />
                <Route
                  path="matters/:matterNumber"
                  element={
                    <Allowed screen="matters">
                      <MatterDetail />
                    </Allowed>
                  }
                />
                <Route
                  path="mediation-cases/:caseId"
                  element={
                    <Allowed screen="matters">
                      <MediationCase />
                    </Allowed>
                  }
                />
                <Route
                  path="arbitration-cases/:caseId"
                  element={
                    <Allowed screen="arbitrationCases">
                      <ArbitrationCase />
                    </Allowed>
                  }
                />
                <Route
                  path="inspection-cases"
                  element={
                    <Allowed screen="inspectionCases">
                      <InspectionCases />
                    </Allowed>
                  }
                />
                <Route
                  path="inspection-cases/:caseId"
                  element={
                    <Allowed screen="inspectionCases">
                      <InspectionCase />
                    </Allowed>
                  }
                />
                <Route
                  path="supervision-matters"
                  element={
                    <Allowed screen="supervisionMatters">
                      <SupervisionMatters />
                    </Allowed>
                  }
                />
                <Route
                  path="supervision-matters/:supervisionId"
                  element={
                    <Allowed screen="supervisionMatters">
                      <SupervisionMatter />
                    </Allowed>
                  }
                />
                <Route
                  path="hearing-calendar"
                  element={
                    <Allowed screen="hearingCalendar">
                      <HearingCalendar />
                    </Allowed>
                  }
                />
                <Route
                  path="mediators"
                  element={
                    <Allowed screen="mediators">
                      <MediatorRoll />
                    </Allowed>
                  }
                />
                <Route
                  path="queues"
                  element={
                    <Allowed screen="queues">
                      <Queues />
                    </Allowed>
                  }
                />
                <Route
                  path="dashboard"
                  element={
                    <Allowed screen="dashboard">
                      <DashboardScreen />
                    </Allowed>
                  }
                />
                <Route
                  path="audit"
                  element={
                    <Allowed screen="audit">
                      <Audit />
                    </Allowed>
                  }
                />
                <Route path="*" element={<NotFound />} />
              </Route>
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </AuthProvider>
    </I18nProvider>
  );
}
