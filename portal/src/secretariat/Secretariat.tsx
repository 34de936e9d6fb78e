import { isSecretariat } from '../api';
import { useI18n } from '../i18n';
import { Link, PageTitle, useSession } from '../ui';
import { SignIn } from '../pages/SignIn';
import { WorkshopEditor } from './WorkshopEditor';
import { WorkshopList } from './WorkshopList';
import { Organisations } from './Organisations';
import { Deliveries } from './Deliveries';
import { SecretariatHome } from './SecretariatHome';

/** The Secretariat's pages: a separate chunk, loaded only when opened. */
export default function Secretariat({ path }: { path: string }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  if (!viewer) return <SignIn />;
  if (!isSecretariat(viewer)) return <PageTitle>{t('notFound')}</PageTitle>;
  const [, , section, id] = path.split('/');
  return (
    <>
      <nav aria-label={t('secTitle')} className="subnav">
        <ul>
          <li>
            <Link to="/secretariat">{t('secHome')}</Link>
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
        </ul>
      </nav>
      {section === 'workshops' && id ? (
        <WorkshopEditor id={id === 'new' ? null : decodeURIComponent(id)} />
      ) : section === 'organisations' ? (
        <Organisations />
      ) : section === 'deliveries' ? (
        <Deliveries />
      ) : section === 'workshops' ? (
        <WorkshopList />
      ) : (
        <SecretariatHome />
      )}
    </>
  );
}
