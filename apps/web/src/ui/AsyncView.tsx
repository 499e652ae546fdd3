import type { ReactNode } from 'react';
import type { Loadable } from '../api/use-api.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Loading } from './Loading.tsx';

/** Loading, error or content: the three states every page that reads the API goes through. */
export function AsyncView<T>({
  value,
  children,
  onRetry,
}: {
  value: Loadable<T>;
  children: (data: T) => ReactNode;
  onRetry?: () => void;
}) {
  if (value.state === 'loading') return <Loading />;
  if (value.state === 'error')
    return <ErrorNotice error={value.error} {...(onRetry ? { onRetry } : {})} />;
  return <>{children(value.data)}</>;
}
