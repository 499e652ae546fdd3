import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { navFor } from './navigation.ts';
import { useSession } from './session.tsx';

const ROLE_KEYS = {
  employee: 'role.employee',
  security_officer: 'role.security_officer',
  analyst: 'role.analyst',
  investigator: 'role.investigator',
  administrator: 'role.administrator',
  auditor: 'role.auditor',
} as const;

/** Skip link, banner, menu and main landmark: the frame every page sits in. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const account = session.state === 'signed-in' ? session.account : null;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="banner">
        <span className="brand">Vigil</span>
        <div className="banner-tools">
          <LanguageSwitch />
          {account && (
            <>
              <span className="who" data-testid="who">
                {account.username} · {t(ROLE_KEYS[account.role])}
              </span>
              <button type="button" className="secondary" onClick={() => void signOut()}>
                {t('shell.signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      <div className="body">
        {account && (
          <nav aria-label={t('shell.menu')} className="menu">
            <ul>
              {navFor(account.role).map((item) => (
                <li key={item.path}>
                  <NavLink to={item.path}>{t(item.label)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
