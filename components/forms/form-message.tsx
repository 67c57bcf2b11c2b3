import type { ActionState } from '@/lib/action-state';

// Announced to screen readers; red for refusals, green for success.
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <p
      role={state.ok ? 'status' : 'alert'}
      className={`rounded-md border px-3 py-2 text-sm ${state.ok ? 'border-green-300 bg-green-50 text-green-800' : 'border-red-300 bg-red-50 text-red-800'}`}
    >
      {state.message}
    </p>
  );
}
