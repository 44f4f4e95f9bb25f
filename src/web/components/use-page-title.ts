import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title (read first by screen readers on navigation), e.g. "Beranda · Alur". */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
}
