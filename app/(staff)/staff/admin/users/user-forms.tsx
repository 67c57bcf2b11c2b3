'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import { ROLES } from '@/lib/domain/auth/permissions';
import { fieldLabel, messages } from '@/lib/i18n/messages';
import { createUserAction, setUserActiveAction, setUserRolesAction } from './actions';

function RoleCheckboxes({ selected, idPrefix }: { selected: readonly string[]; idPrefix: string }) {
  return (
    <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
      <legend className="sr-only">{fieldLabel('roles')}</legend>
      {ROLES.map((role) => (
        <label key={role} htmlFor={`${idPrefix}-${role}`} className="flex items-center gap-1 text-sm">
          <input id={`${idPrefix}-${role}`} type="checkbox" name="roles" value={role} defaultChecked={selected.includes(role)} />
          {messages.roles[role]}
        </label>
      ))}
    </fieldset>
  );
}

export function CreateUserForm() {
  const [state, action] = useActionState(createUserAction, initialActionState);
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field name="email" type="email" label={fieldLabel('email')} errors={state.fieldErrors?.email} />
      <Field name="name" label={fieldLabel('name')} errors={state.fieldErrors?.name} />
      <Field name="password" type="password" autoComplete="new-password" label={fieldLabel('password')} errors={state.fieldErrors?.password} />
      <Field name="legalQualificationNo" label={fieldLabel('legalQualificationNo')} errors={state.fieldErrors?.legalQualificationNo} />
      <div className="space-y-1">
        <span className="block text-sm font-medium">{fieldLabel('roles')}</span>
        <RoleCheckboxes selected={[]} idPrefix="new" />
        {state.fieldErrors?.roles ? <p className="text-sm text-red-700">{state.fieldErrors.roles.join('；')}</p> : null}
      </div>
      <div className="md:col-span-2">
        <SubmitButton>{messages.admin.createUser}</SubmitButton>
      </div>
    </form>
  );
}

export function UserRolesForm({ userId, roles }: { userId: string; roles: string[] }) {
  const [state, action] = useActionState(setUserRolesAction, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <RoleCheckboxes selected={roles} idPrefix={`roles-${userId}`} />
      <SubmitButton variant="secondary">{messages.admin.saveRoles}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function UserActiveForm({ userId, active, name }: { userId: string; active: boolean; name: string }) {
  const [state, action] = useActionState(setUserActiveAction, initialActionState);
  // Disabling ends the person's sessions at once: asked for confirmation first.
  const confirmDisable = (event: React.FormEvent<HTMLFormElement>) => {
    if (active && !window.confirm(`确定停用“${name}”吗？停用后其所有登录立即失效。`)) event.preventDefault();
  };
  return (
    <form action={action} onSubmit={confirmDisable} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <SubmitButton variant={active ? 'danger' : 'secondary'}>{active ? messages.admin.disable : messages.admin.enable}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
