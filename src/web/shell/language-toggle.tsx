import { Box, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n';

/**
 * Switches between Bahasa Indonesia and English. The button names, in that language, the language
 * it switches to ("English" / "Bahasa Indonesia"; "EN" / "ID" on a phone).
 */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'id' : 'en';
  return (
    <Button
      variant="subtle"
      color="dark"
      size="compact-sm"
      onClick={() => void setLanguage(next)}
      lang={next}
      title={t('language.switchTo')}
      data-testid="language-toggle"
    >
      <Box component="span" visibleFrom="sm">
        {t('language.switchTo')}
      </Box>
      <Box component="span" hiddenFrom="sm" aria-label={t('language.switchTo')}>
        {t('language.short')}
      </Box>
    </Button>
  );
}
