import { Bars } from '../charts/Bars';
import { graphql } from '../gql';
import { plural, useI18n } from '../i18n';
import { ErrorMessage, useQuery } from '../ui';

const WORKSHOP_NEEDS = graphql(`
  query WorkshopNeeds($workshopId: ID!, $language: String) {
    workshopReport(workshopId: $workshopId) {
      needs {
        question {
          id
          key
          label(language: $language)
        }
        answered
        answers {
          value
          label(language: $language)
          count
        }
      }
    }
  }
`);

/** The workshop report's needs: of the confirmed participants, how many gave each answer; never names. */
export function WorkshopNeeds({ workshopId }: { workshopId: string }) {
  const { t, lang } = useI18n();
  const data = useQuery(WORKSHOP_NEEDS, { workshopId, language: lang });
  const needs = data.data?.workshopReport.needs ?? [];
  if (data.error) return <ErrorMessage error={data.error} />;
  if (needs.length === 0) return null;
  return (
    <section aria-labelledby="report-needs">
      <h2 id="report-needs">{t('needsTitle')}</h2>
      <p>{t('needsHelp')}</p>
      {needs.map((need) => {
        const answered = t(plural(lang, need.answered, { one: 'needsAnsweredOne', other: 'needsAnswered' }), { n: need.answered });
        return need.answers.length > 0 ? (
          <Bars
            key={need.question.id}
            caption={`${need.question.label} (${answered})`}
            empty={t('reportNobody')}
            bars={need.answers.map((a) => ({ key: a.value, label: a.label, value: a.count }))}
          />
        ) : (
          <p key={need.question.id}>
            <strong>{need.question.label}</strong>: {answered}
          </p>
        );
      })}
    </section>
  );
}
