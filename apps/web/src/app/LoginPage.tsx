import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Field } from '../ui/Field.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useSession } from './session.tsx';

export function LoginPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="narrow">
      <PageHeading title={t('login.title')} />
      <form onSubmit={(e) => void submit(e)} aria-busy={pending}>
        <Field label={t('login.username')}>
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </Field>
        <Field label={t('login.password')}>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <ErrorNotice error={error} />
        <button type="submit" disabled={pending}>
          {pending ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
      <p className="aside">
        {t('login.tipPrompt')} <Link to="/tip">{t('login.tipLink')}</Link>
      </p>
    </section>
  );
}
