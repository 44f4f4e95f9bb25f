import { Anchor, AppShell, Burger, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure, useReducedMotion } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { isAdmin, useMe } from '../api/use-session';
import { LanguageToggle } from './language-toggle';
import { SignOutButton } from './sign-out-button';

interface NavItem {
  to: string;
  labelKey: string;
}

const MAIN_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/inbox', labelKey: 'runsNav.inbox' },
  { to: '/runs', labelKey: 'runsNav.runs' },
  { to: '/documents', labelKey: 'documents.nav' },
  { to: '/sops', labelKey: 'runsNav.sops' },
  { to: '/compliance', labelKey: 'runsNav.compliance' },
];
const PERFORMANCE_ITEMS: NavItem[] = [
  { to: '/performance/dashboard', labelKey: 'perfNav.dashboard' },
  { to: '/performance/realisation', labelKey: 'perfNav.realisation' },
  { to: '/performance/verification', labelKey: 'perfNav.verification' },
  { to: '/performance/renstra', labelKey: 'perfNav.renstra' },
  { to: '/performance/agreements', labelKey: 'perfNav.agreements' },
  { to: '/performance/region', labelKey: 'perfNav.region' },
];
const ADMIN_ITEMS: NavItem[] = [
  { to: '/admin/agencies', labelKey: 'nav.agencies' },
  { to: '/admin/units', labelKey: 'nav.units' },
  { to: '/admin/positions', labelKey: 'nav.positions' },
  { to: '/admin/people', labelKey: 'nav.people' },
  { to: '/admin/appointments', labelKey: 'nav.appointments' },
  { to: '/admin/calendar', labelKey: 'nav.calendar' },
  { to: '/admin/certificates', labelKey: 'certificates.nav' },
  { to: '/admin/letters', labelKey: 'lettersNav.letters' },
];
const ACCOUNT_ITEMS: NavItem[] = [{ to: '/password', labelKey: 'nav.changePassword' }];

/**
 * The frame of every signed-in page: header (product, agency, person, language, sign-out), the
 * navigation (a burger menu below 768 px) and the main landmark.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const reduceMotion = useReducedMotion();

  // On a phone the menu closes once a page is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => close(), [location.pathname]);

  const item = ({ to, labelKey }: NavItem) => {
    const active = to === '/' ? location.pathname === '/' : location.pathname.startsWith(to);
    return (
      <NavLink
        key={to}
        component={Link}
        to={to}
        label={t(labelKey)}
        active={active}
        aria-current={active ? 'page' : undefined}
        variant="filled"
      />
    );
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
      transitionDuration={reduceMotion ? 0 : 200}
    >
      <a href="#main" className="alur-skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? 'nav.closeMenu' : 'nav.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Anchor component={Link} to="/" underline="never" c="blue.9" fw={800} fz="xl">
              {t('app.name')}
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="md" truncate maw={520} data-testid="header-agency">
              {me.agencyName}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={500} visibleFrom="sm" truncate maw={240} data-testid="header-person">
              {me.fullName}
            </Text>
            <LanguageToggle />
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')}>
        <AppShell.Section hiddenFrom="md" mb="sm">
          <Stack gap={2} px="xs">
            <Text size="sm" fw={600}>
              {me.fullName}
            </Text>
            <Text size="xs" c="dimmed">
              {me.agencyName}
            </Text>
          </Stack>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          {MAIN_ITEMS.map(item)}
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="md" mb={4}>
            {t('perfNav.section')}
          </Text>
          <div>{PERFORMANCE_ITEMS.map(item)}</div>
          {isAdmin(me) && (
            <>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="md" mb={4}>
                {t('nav.administration')}
              </Text>
              <div>{ADMIN_ITEMS.map(item)}</div>
            </>
          )}
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="md" mb={4}>
            {t('nav.account')}
          </Text>
          <div>{ACCOUNT_ITEMS.map(item)}</div>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
