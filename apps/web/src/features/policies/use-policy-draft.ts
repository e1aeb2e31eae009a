/** The text being edited in the policy editor: loaded from the selected version, validated live while typing. */
import { useEffect, useState } from 'react';
import type { ExampleRun, PolicyVersionDetail, YamlError } from '@bole/contracts';
import { validatePolicyYaml } from './api';

export function usePolicyDraft(id: string, loaded: PolicyVersionDetail | undefined, readOnly: boolean | undefined) {
  const [text, setText] = useState('');
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<YamlError[]>([]);
  const [run, setRun] = useState<ExampleRun | null>(null);

  useEffect(() => {
    if (!loaded) return;
    setText(loaded.yaml);
    setDirty(false);
    setErrors([]);
    setRun(loaded.examples);
  }, [loaded]);

  // Live validation while typing (debounced); nothing is stored.
  useEffect(() => {
    if (!dirty || readOnly) return;
    const timer = setTimeout(() => {
      validatePolicyYaml(id, text).then(
        (r) => setErrors(r.errors),
        () => undefined,
      );
    }, 600);
    return () => clearTimeout(timer);
  }, [text, dirty, id, readOnly]);

  const edit = (v: string) => {
    setText(v);
    setDirty(true);
  };
  return { text, dirty, errors, setErrors, run, setRun, edit };
}
