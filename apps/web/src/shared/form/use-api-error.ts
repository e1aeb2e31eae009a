import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyProblemToForm, errorText } from './problem';

/**
 * Returns a handler for a failed mutation: field errors go onto the form's fields, the
 * problem's detail (Chinese or English) into a toast.
 */
export function useApiErrorHandler() {
  const { message } = App.useApp();
  const { t, i18n } = useTranslation();
  return (err: unknown, form?: FormInstance, knownFields: readonly string[] = []) => {
    if (form) applyProblemToForm(form, err, knownFields, t);
    void message.error(errorText(err, i18n.language, t));
  };
}
