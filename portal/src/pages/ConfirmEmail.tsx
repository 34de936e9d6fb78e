import { useState } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { ErrorMessage, PageTitle, useAction } from '../ui';

const CONFIRM = graphql(`
  mutation Confirm($input: ConfirmEmailInput!) {
    confirmEmail(input: $input) {
      emailConfirmed
    }
  }
`);

/** `/#/confirm-email?token=…`: the link of the confirmation email. One click proves the address. */
export function ConfirmEmail() {
  const { t } = useI18n();
  const token = new URLSearchParams(location.hash.split('?')[1] ?? '').get('token') ?? '';
  const [done, setDone] = useState(false);
  const action = useAction();
  const confirm = async () => {
    const result = await action.run(() => request(CONFIRM, { input: { token } }));
    if (!result) return;
    setDone(result.confirmEmail.emailConfirmed);
    // Leave the link behind (history, bookmarks).
    history.replaceState(null, '', '/#/my');
  };
  return (
    <>
      <PageTitle>{t('confirmTitle')}</PageTitle>
      {done ? (
        <p role="status">{t('confirmDone')}</p>
      ) : (
        <p>
          <button type="button" onClick={confirm} disabled={action.busy}>
            {t('confirmButton')}
          </button>
        </p>
      )}
      <ErrorMessage error={action.error} />
    </>
  );
}
