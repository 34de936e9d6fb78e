import { useState, type FormEvent } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { ConfirmDialog, ErrorMessage, useAction } from '../ui';
import { impactOf, type Impact } from './impact';

const CANCEL_WORKSHOP = graphql(`
  mutation CancelWorkshop($input: CancelWorkshopInput!) {
    cancelWorkshop(input: $input) {
      workshop {
        id
        status
      }
    }
  }
`);

/** Cancelling emails everyone registered: the dialog says how many people and groups, and quotes the reason they will read. */
export function CancelWorkshop({ workshop, onDone }: { workshop: { id: string; title: string }; onDone: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [impact, setImpact] = useState<Impact | null>(null);
  const action = useAction();
  const ask = async (e: FormEvent) => {
    e.preventDefault();
    const found = await action.run(() => impactOf(workshop.id));
    if (found) setImpact(found);
  };
  const confirm = async () => {
    const done = await action.run(() => request(CANCEL_WORKSHOP, { input: { id: workshop.id, reason } }), t('cancelled'));
    setImpact(null);
    if (done) onDone();
  };
  const people = impact?.people ?? 0;
  return (
    <form onSubmit={ask} className="danger" aria-label={t('cancelWorkshop')}>
      <h2>{t('cancelWorkshop')}</h2>
      <label>
        {t('reason')}
        <input required value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" disabled={action.busy}>
        {t('cancelWorkshop')}
      </button>
      <ErrorMessage error={action.error} />
      <ConfirmDialog
        open={impact !== null}
        title={t('cancelQuestion', { title: workshop.title })}
        confirmLabel={t('cancelConfirm')}
        busy={action.busy}
        onConfirm={confirm}
        onClose={() => setImpact(null)}
      >
        {people > 0 ? (
          <>
            <p>{t('cancelImpact', { people, groups: impact?.groups ?? 0 })}</p>
            <blockquote>{reason}</blockquote>
          </>
        ) : (
          <p>{t('cancelNobody')}</p>
        )}
      </ConfirmDialog>
    </form>
  );
}
