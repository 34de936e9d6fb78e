import { useEffect, useRef } from 'react';
import { isSecretariat } from '../api';
import { graphql } from '../gql';
import { plural, useI18n } from '../i18n';
import { Link, PageTitle, useQuery, useSession } from '../ui';
import { SignIn } from '../pages/SignIn';
import { WorkshopEditor } from './WorkshopEditor';
import { WorkshopList } from './WorkshopList';
import { Organisations } from './Organisations';
import { Deliveries } from './Deliveries';
import { SecretariatHome } from './SecretariatHome';
import { WorkshopReport } from './WorkshopReport';
import { QuestionLibrary } from './QuestionLibrary';

const WAITING = graphql(`
  query ApprovalsWaiting {
    approvalQueue {
      total
    }
  }
`);

/** The Secretariat's pages: a separate chunk, loaded only when opened. */
export default function Secretariat({ path }: { path: string }) {
  const { t, lang } = useI18n();
  const { viewer } = useSession();
  const secretariat = viewer !== null && isSecretariat(viewer);
  // Asked again on each page of the Secretariat's, so the count follows approvals made meanwhile.
  const waiting = useQuery(WAITING, {}, !secretariat);
  const { reload } = waiting;
  const shownPath = useRef(path);
  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    reload();
  }, [path, reload]);
  if (!viewer) return <SignIn />;
  if (!secretariat) return <PageTitle>{t('notFound')}</PageTitle>;
  const approvals = waiting.data?.approvalQueue.total ?? 0;
  const [, , section, id, part] = path.split('/');
  return (
    <>
      <nav aria-label={t('secTitle')} className="subnav">
        <ul>
          <li>
            <Link to="/secretariat">
              {t('secHome')}
              {approvals > 0 && (
                <>
                  {' '}
                  <span className="badge" aria-hidden="true">
                    {approvals}
                  </span>
                  <span className="visually-hidden">({t(plural(lang, approvals, { one: 'awaitingNOne', other: 'awaitingN' }), { n: approvals })})</span>
                </>
              )}
            </Link>
          </li>
          <li>
            <Link to="/secretariat/workshops">{t('secWorkshops')}</Link>
          </li>
          <li>
            <Link to="/secretariat/organisations">{t('secOrganisations')}</Link>
          </li>
          <li>
            <Link to="/secretariat/deliveries">{t('secDeliveries')}</Link>
          </li>
          <li>
            <Link to="/secretariat/questions">{t('secQuestions')}</Link>
          </li>
        </ul>
      </nav>
      {section === 'workshops' && id && part === 'report' ? (
        <WorkshopReport id={decodeURIComponent(id)} />
      ) : section === 'workshops' && id ? (
        <WorkshopEditor id={id === 'new' ? null : decodeURIComponent(id)} />
      ) : section === 'organisations' ? (
        <Organisations />
      ) : section === 'deliveries' ? (
        <Deliveries />
      ) : section === 'questions' ? (
        <QuestionLibrary />
      ) : section === 'workshops' ? (
        <WorkshopList />
      ) : (
        <SecretariatHome />
      )}
    </>
  );
}
