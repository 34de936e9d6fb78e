import { request } from '../api';
import { graphql } from '../gql';
import { formatDateTime, useI18n } from '../i18n';
import { ErrorMessage, Link, Loading, PageTitle, Status, useAction, useQuery, Table } from '../ui';

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
        <Table
          rows={rows}
          columns={[
            {
              label: t('recipient'),
              cell: (d) => (
                <>
                  {d.recipientName} <span className="meta">{d.recipientEmail}</span>
                  <br />
                  <span className="meta">
                    {d.kind} · {formatDateTime(lang, d.createdAt)}
                  </span>
                </>
              ),
            },
            { label: t('workshop'), cell: (d) => <>{d.workshop ? <Link to={`/secretariat/workshops/${d.workshop.id}`}>{d.workshop.title}</Link> : '–'}</> },
            { label: t('attempts'), cell: (d) => <>{d.attempts}</> },
            { label: t('lastError'), cell: (d) => <>{d.lastError ?? ''}</> },
            {
              label: t('actions'),
              cell: (d) => (
                <>
                  <button type="button" onClick={() => retry(d.id)} disabled={action.busy}>
                    {t('retry')}
                  </button>
                </>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
