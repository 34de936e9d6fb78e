import { useState, type FormEvent } from 'react';
import { CountrySelect, useCountries } from '../countries';
import { request } from '../api';
import { graphql } from '../gql';
import type { OrganisationsQuery, OrganizationKind, Role } from '../gql/graphql';
import { plural, useI18n } from '../i18n';
import { CodeSelect, ErrorMessage, Loading, PageTitle, Status, useAction, useQuery, Table } from '../ui';
import { useReference } from '../pages/shared';
import { CountryMap } from '../charts/CountryMap';

const LIST = graphql(`
  query Organisations($filter: OrganizationFilter) {
    organizations(filter: $filter, first: 100) {
      edges {
        node {
          id
          name
          kind
          country
          region
          membershipStatus
        }
      }
      totalCount
      countries {
        value
        count
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateOrganisation($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
      }
    }
  }
`);

const INVITE = graphql(`
  mutation Invite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      inviteUrl
    }
  }
`);

type Org = OrganisationsQuery['organizations']['edges'][number]['node'];

const KINDS: readonly OrganizationKind[] = ['MEMBER_GROUP', 'PARTNER'];
const ROLES: readonly Role[] = ['GROUP_COORDINATOR', 'MEMBER', 'SECRETARIAT_STAFF', 'SECRETARIAT_ADMIN'];

export function Organisations() {
  const { t, lang } = useI18n();
  const countries = useCountries();
  const reference = useReference();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const list = useQuery(LIST, { filter: search ? { text: search } : {} });
  const orgs = list.data?.organizations.edges.map((e) => e.node) ?? [];
  const regionLabel = (code: string) => reference.regions.find((r) => r.code === code)?.label ?? code;
  return (
    <>
      <PageTitle>{t('secOrganisations')}</PageTitle>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role=search works in every browser the network uses; <search> is too new */}
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(text);
        }}
      >
        <label>
          {t('search')} <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>{' '}
        <button type="submit">{t('search')}</button>
      </form>
      <ErrorMessage error={list.error} />
      <Loading when={list.loading} />
      {list.data && (
        <CountryMap
          caption={t('networkMap', { organisations: list.data.organizations.totalCount, countries: list.data.organizations.countries.length })}
          unit={(n) => t(plural(lang, n, { one: 'organisationsNOne', other: 'organisationsN' }), { n })}
          rows={list.data.organizations.countries.map((c) => ({ code: c.value, count: c.count }))}
        />
      )}
      {list.data && orgs.length < list.data.organizations.totalCount && (
        <p>{t('showingOf', { shown: orgs.length, total: list.data.organizations.totalCount })}</p>
      )}
      <Table
        rows={orgs}
        columns={[
          { label: t('name'), cell: (o) => <>{o.name}</> },
          { label: t('kind'), cell: (o) => <>{t(o.kind)}</> },
          { label: t('country'), cell: (o) => <>{countries.nameOf(o.country)}</> },
          { label: t('region'), cell: (o) => <>{regionLabel(o.region)}</> },
        ]}
      />
      <CreateOrganisation onDone={list.reload} />
      <Invite organisations={orgs} />
    </>
  );
}

function CreateOrganisation({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<{ name: string; kind: OrganizationKind; country: string }>({ name: '', kind: 'MEMBER_GROUP', country: '' });
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { ...form, country: form.country.toUpperCase() };
    if (await action.run(() => request(CREATE, { input }), t('created'))) {
      setForm({ name: '', kind: 'MEMBER_GROUP', country: '' });
      onDone();
    }
  };
  return (
    <section aria-labelledby="new-org">
      <h2 id="new-org">{t('createOrganisation')}</h2>
      <form onSubmit={submit} className="grid">
        <label>
          {t('name')}
          <input required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <CodeSelect label={t('kind')} codes={KINDS} value={form.kind} onChange={(kind) => setForm({ ...form, kind })} />
        <CountrySelect label={t('country')} required value={form.country} onChange={(country) => setForm({ ...form, country })} />
        <p className="wide">
          <button type="submit" disabled={action.busy}>
            {t('createOrganisation')}
          </button>
        </p>
      </form>
      <ErrorMessage error={action.error} />
      {action.done && <Status>{action.done}</Status>}
    </section>
  );
}

function Invite({ organisations }: { organisations: Org[] }) {
  const { t } = useI18n();
  const [form, setForm] = useState<{ email: string; name: string; role: Role; organizationId: string }>({
    email: '',
    name: '',
    role: 'GROUP_COORDINATOR',
    organizationId: '',
  });
  const [url, setUrl] = useState<string | null>(null);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setUrl(null);
    const input = { email: form.email, role: form.role, name: form.name || null, ...(form.organizationId ? { organizationId: form.organizationId } : {}) };
    const r = await action.run(() => request(INVITE, { input }));
    // The link is shown only where no email goes out (development); otherwise it went by email alone.
    if (r) setUrl(r.inviteUser.inviteUrl ? new URL(r.inviteUser.inviteUrl, location.href).href : '');
  };
  return (
    <section aria-labelledby="invite">
      <h2 id="invite">{t('invite')}</h2>
      <form onSubmit={submit} className="grid">
        <label>
          {t('email')}
          <input type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        </label>
        <label>
          {t('name')}
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <CodeSelect label={t('role')} codes={ROLES} value={form.role} onChange={(role) => setForm({ ...form, role })} />
        <label>
          {t('organisation')}
          <select value={form.organizationId} onChange={(e) => setForm({ ...form, organizationId: e.target.value })}>
            <option value="">{t('SECRETARIAT')}</option>
            {organisations
              .filter((o) => o.kind !== 'SECRETARIAT')
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </select>
        </label>
        <p className="wide">
          <button type="submit" disabled={action.busy}>
            {t('invite')}
          </button>
        </p>
      </form>
      <ErrorMessage error={action.error} />
      {url !== null && (
        <div role="status" className="notice">
          {url ? (
            <>
              <p>{t('inviteSent')}</p>
              <p>
                <code>{url}</code>
              </p>
            </>
          ) : (
            <p>{t('inviteEmailed')}</p>
          )}
        </div>
      )}
    </section>
  );
}
