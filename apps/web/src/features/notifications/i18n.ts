/** Adds the notification bell's texts to the shared i18n instance when the bell loads. */
import i18n from '../../i18n';
import { en, zh } from './messages';

i18n.addResourceBundle('zh-CN', 'translation', zh, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
