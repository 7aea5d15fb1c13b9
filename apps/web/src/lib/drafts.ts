import { useEffect, useState } from 'react';

/**
 * Text the person is typing, kept in this browser while they type: it survives a reload, a closed
 * tab or a lost connection, and is forgotten once it was sent.
 */
export function useDraft(key: string): [string, (value: string) => void, () => void] {
  const storageKey = `sanggar.draft.${key}`;
  const [value, setValue] = useState(() => localStorage.getItem(storageKey) ?? '');
  useEffect(() => {
    if (value) localStorage.setItem(storageKey, value);
  }, [storageKey, value]);
  const clear = () => {
    localStorage.removeItem(storageKey);
    setValue('');
  };
  return [value, setValue, clear];
}
