import type { routing } from '@/i18n/routing';
import type messages from './messages/en.json';

// One augmentation types every `useTranslations` key and ICU argument from the English contract.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
