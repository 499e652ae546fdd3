import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient, sessionTokenStore } from './api/api-client.ts';
import { App, storedLocale } from './app/App.tsx';
import { preferredLocale } from './i18n/i18n.ts';
import './ui/styles.css';

const locale = preferredLocale(storedLocale(), navigator.languages);
document.documentElement.lang = locale;
const api = new ApiClient(sessionTokenStore(sessionStorage));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={api} initialLocale={locale} />
  </StrictMode>,
);
