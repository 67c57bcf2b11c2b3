'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { initialActionState, type ActionState } from '@/lib/action-state';

type Action<S extends ActionState> = (previous: Awaited<S>, formData: FormData) => Promise<S>;

// Submits through a transition rather than the form's own action, so a refused submission keeps
// what was typed (a form action resets its fields); a successful one clears the form.
// Without JavaScript the form still posts to the same server action.
// Public forms pass their own initial state (PublicActionState carries data back, lib/public-action.ts).
export function useKeptForm<S extends ActionState = ActionState>(serverAction: Action<S>, initial: Awaited<S> = initialActionState as Awaited<S>) {
  const [state, action, pending] = useActionState(serverAction, initial);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return { state, action, pending, formRef, onSubmit, errors: state.fieldErrors ?? {} };
}
