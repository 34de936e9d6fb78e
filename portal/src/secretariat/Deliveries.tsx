import { request } from '../api';
import { graphql } from '../gql';
import { formatDateTime, useI18n } from '../i18n';
import { ErrorMessage, Link, Loading, PageTitle, Status, useAction, useQuery } from '../ui';

const FAILED = graphql(`
  query FailedDeliveries {
    notificationDeliveries(filter: { states: [FAILED] }, first: 50) {
      edges {
        node {
          id
          kind
          recipientName
          recipientEmail
          attempts
          lastError
          createdAt
          workshop {
            id
            title
          }
        }
      }
    }
  }
`);

const RETRY = graphql(`
  mutation RetryDelivery($input: RetryNotificationDeliveryInput!) {
    retryNotificationDelivery(input: $input) {
      delivery {
        id
        state
      }
    }
  }
`);

export function Deliveries() {
  const { t, lang } = useI18n();
  const list = useQuery(FAILED);
  const action = useAction();
  const retry = async (id: string) => {
    if (await action.run(() => request(RETRY, { input: { id } }), t('retried'))) list.reload();
  };
  const rows = list.data?.notificationDeliveries.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageTitle>{t('secDeliveries')}</PageTitle>
      <ErrorMessage error={list.error ?? action.error} />
      {action.done && <Status>{action.done}</Status>}
      <Loading when={list.loading} />
      {list.data && rows.length === 0 && <p>{t('noFailures')}</p>}
      {rows.length > 0 && (
        <table className="responsive">
          <thead>
            <tr>
              <th scope="col">{t('recipient')}</th>
              <th scope="col">{t('workshop')}</th>
              <th scope="col">{t('attempts')}</th>
              <th scope="col">{t('lastError')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <td data-label={t('recipient')}>
                  {d.recipientName} <span className="meta">{d.recipientEmail}</span>
                  <br />
                  <span className="meta">
                    {d.kind} · {formatDateTime(lang, d.createdAt)}
                  </span>
                </td>
                <td data-label={t('workshop')}>{d.workshop ? <Link to={`/secretariat/workshops/${d.workshop.id}`}>{d.workshop.title}</Link> : '–'}</td>
                <td data-label={t('attempts')}>{d.attempts}</td>
                <td data-label={t('lastError')}>{d.lastError ?? ''}</td>
                <td data-label={t('actions')}>
                  <button type="button" onClick={() => retry(d.id)} disabled={action.busy}>
                    {t('retry')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
