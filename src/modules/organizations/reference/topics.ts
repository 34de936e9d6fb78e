import type { NameLanguage } from './countries';

import { codeInWords } from './code-list';

export { parseCodeList } from './code-list';

export const DEFAULT_TOPICS = [
  'ONLINE_SEXUAL_EXPLOITATION',
  'TRAFFICKING_FOR_SEXUAL_PURPOSES',
  'EXPLOITATION_IN_TRAVEL_AND_TOURISM',
  'CHILD_SEXUAL_ABUSE_MATERIAL',
  'CHILD_EARLY_FORCED_MARRIAGE',
  'SEXUAL_EXPLOITATION_IN_PROSTITUTION',
  'ACCESS_TO_JUSTICE',
  'CHILD_PARTICIPATION',
  'SURVIVOR_SUPPORT',
  'LAW_AND_POLICY_REFORM',
] as const;
export type DefaultTopic = (typeof DEFAULT_TOPICS)[number];

const TOPIC_LABELS: Record<DefaultTopic, Record<NameLanguage, string>> = {
  ONLINE_SEXUAL_EXPLOITATION: {
    en: 'Online sexual exploitation of children',
    fr: 'Exploitation sexuelle des enfants en ligne',
    es: 'Explotación sexual infantil en línea',
  },
  TRAFFICKING_FOR_SEXUAL_PURPOSES: {
    en: 'Trafficking of children for sexual purposes',
    fr: 'Traite des enfants à des fins sexuelles',
    es: 'Trata de niños, niñas y adolescentes con fines sexuales',
  },
  EXPLOITATION_IN_TRAVEL_AND_TOURISM: {
    en: 'Sexual exploitation of children in travel and tourism',
    fr: 'Exploitation sexuelle des enfants dans le voyage et le tourisme',
    es: 'Explotación sexual infantil en viajes y turismo',
  },
  CHILD_SEXUAL_ABUSE_MATERIAL: {
    en: 'Child sexual abuse material',
    fr: 'Matériel d’abus sexuels sur enfants',
    es: 'Material de abuso sexual infantil',
  },
  CHILD_EARLY_FORCED_MARRIAGE: {
    en: 'Child, early and forced marriage',
    fr: 'Mariages d’enfants, précoces et forcés',
    es: 'Matrimonio infantil, precoz y forzado',
  },
  SEXUAL_EXPLOITATION_IN_PROSTITUTION: {
    en: 'Sexual exploitation of children in prostitution',
    fr: 'Exploitation sexuelle des enfants dans la prostitution',
    es: 'Explotación sexual infantil en la prostitución',
  },
  ACCESS_TO_JUSTICE: {
    en: 'Access to justice and remedies',
    fr: 'Accès à la justice et aux réparations',
    es: 'Acceso a la justicia y a la reparación',
  },
  CHILD_PARTICIPATION: {
    en: 'Child and youth participation',
    fr: 'Participation des enfants et des jeunes',
    es: 'Participación de niñas, niños y jóvenes',
  },
  SURVIVOR_SUPPORT: {
    en: 'Support and care for survivors',
    fr: 'Soutien et prise en charge des survivants',
    es: 'Apoyo y atención a sobrevivientes',
  },
  LAW_AND_POLICY_REFORM: {
    en: 'Law and policy reform',
    fr: 'Réforme des lois et des politiques',
    es: 'Reforma legislativa y de políticas',
  },
};

function isDefaultTopic(code: string): code is DefaultTopic {
  return Object.hasOwn(TOPIC_LABELS, code);
}

/**
 * Topics are configurable, so a code outside the defaults has no translation: it is shown as
 * the code in sentence case (`YOUTH_MENTORING` -> "Youth mentoring") in every language.
 */
export function topicLabel(code: string, language: NameLanguage = 'en'): string {
  if (isDefaultTopic(code)) return TOPIC_LABELS[code][language];
  return codeInWords(code);
}
