import { en } from './en';
import { id } from './id';

// Merged into the dashboard's i18next resources (default namespace), so widgets call
// `t('webdesaku.…')`; the `webdesaku` prefix keeps our keys clear of the dashboard's own.
export default {
  en: { translation: { webdesaku: en } },
  id: { translation: { webdesaku: id } },
};
