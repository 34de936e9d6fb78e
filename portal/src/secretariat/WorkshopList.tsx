import { useState } from 'react';
import { graphql } from '../gql';
import type { WorkshopStatus } from '../gql/graphql';
import { useI18n } from '../i18n';
import { SeatsText, WhenText } from '../pages/shared';
import { ErrorMessage, Link, Loading, PageTitle, useQuery, Table, StatusFilter } from '../ui';

const LIST = graphql(`
  query SecretariatWorkshops($filter: WorkshopFilter) {
    workshops(filter: $filter, first: 100) {
      edges {
        node {
          ...WorkshopCard
        }
      }
    }
  }
`);

const STATUSES: readonly WorkshopStatus[] = ['DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED'];

export function WorkshopList() {
  const { t } = useI18n();
  const [status, setStatus] = useState<WorkshopStatus | ''>('');
  const list = useQuery(LIST, { filter: status ? { status } : {} });
  return (
    <>
      <PageTitle>{t('secWorkshops')}</PageTitle>
      <p>
        <Link to="/secretariat/workshops/new" className="button">
          {t('newWorkshop')}
        </Link>
      </p>
      <StatusFilter statuses={STATUSES} value={status} onChange={setStatus} />
      <ErrorMessage error={list.error} />
      <Loading when={list.loading} />
      <Table
        rows={list.data?.workshops.edges.map((e) => e.node) ?? []}
        columns={[
          {
            label: t('title'),
            cell: (w) => (
              <>
                <Link to={`/secretariat/workshops/${w.id}`}>{w.title}</Link>
              </>
            ),
          },
          {
            label: t('when'),
            cell: (w) => (
              <>
                <WhenText w={w} />
              </>
            ),
          },
          { label: t('status'), cell: (w) => <>{t(w.status)}</> },
          {
            label: t('seats'),
            cell: (w) => (
              <>
                <SeatsText seats={w.seats} />
              </>
            ),
          },
        ]}
      />
    </>
  );
}
