// A short message on the status line ("Copied …"), cleared after a few seconds.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useFlash(durationMs = 4000): [string | undefined, (message: string) => void] {
  const [message, setMessage] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = useCallback(
    (m: string) => {
      setMessage(m);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setMessage(undefined), durationMs);
      timer.current.unref?.();
    },
    [durationMs],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, show];
}
