/** The text being edited in the policy editor: loaded from the selected version, validated live while typing. */
import { useEffect, useState } from 'react';
import type { ExampleRun, PolicyVersionDetail, YamlError } from '@bole/contracts';
import { validatePolicyYaml } from './api';

/**
 * Where the live check of an edit stands: `checking` until the server has answered for the
 * current text (an edit is never shown as valid before that), `checked` once it has, `failed`
 * when the check itself could not run.
 */
export type CheckState = 'idle' | 'checking' | 'checked' | 'failed';

export function usePolicyDraft(id: string, loaded: PolicyVersionDetail | undefined, readOnly: boolean | undefined) {
  const [text, setText] = useState('');
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<YamlError[]>([]);
  const [check, setCheck] = useState<CheckState>('idle');
  const [run, setRun] = useState<ExampleRun | null>(null);

  useEffect(() => {
    if (!loaded) return;
    setText(loaded.yaml);
    setDirty(false);
    setErrors([]);
    setCheck('idle');
    setRun(loaded.examples);
  }, [loaded]);

  // Live validation while typing (debounced); nothing is stored. A late answer for older text is dropped.
  useEffect(() => {
    if (!dirty || readOnly) return;
    let current = true;
    const timer = setTimeout(() => {
      validatePolicyYaml(id, text).then(
        (r) => {
          if (!current) return;
          setErrors(r.errors);
          setCheck('checked');
        },
        () => current && setCheck('failed'),
      );
    }, 600);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, dirty, id, readOnly]);

  const edit = (v: string) => {
    setText(v);
    setDirty(true);
    setCheck('checking');
  };
  /** Errors a save was refused with (the same checks as the live validation). */
  const refused = (e: YamlError[]) => {
    setErrors(e);
    setCheck('checked');
  };
  return { text, dirty, errors, check, refused, run, setRun, edit };
}
