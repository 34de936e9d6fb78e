/**
 * A handful of demo resources for the embedded default, shaped on the network's public work
 * (country overviews, tourism-sector codes, online-safety guides). Files are short Markdown notes
 * so the demo library downloads something real.
 */
export interface DemoResource {
  key: string;
  title: string;
  description: string;
  kind: 'TOOLKIT' | 'REPORT' | 'STUDY' | 'PRESENTATION' | 'GUIDE' | 'LINK';
  visibility: 'PUBLIC' | 'NETWORK' | 'PARTICIPANTS' | 'SECRETARIAT';
  topics: string[];
  languages: string[];
  regions: string[];
  countries: string[];
  externalUrl?: string;
  /** Markdown per language edition (none for LINK). */
  files?: Record<string, string>;
  /** Index of a demo workshop to link to. */
  workshop?: number;
}

const note = (title: string, body: string) => `# ${title}\n\n${body}\n\nDemo material of the knowledge-exchange service.\n`;

export const DEMO_RESOURCES: DemoResource[] = [
  {
    key: 'tourism-code',
    title: 'Protecting children in travel and tourism: a code of conduct toolkit',
    description: 'How tour operators, hotels and travel agencies adopt and apply a code of conduct against the sexual exploitation of children.',
    kind: 'TOOLKIT',
    visibility: 'PUBLIC',
    topics: ['EXPLOITATION_IN_TRAVEL_AND_TOURISM'],
    languages: ['en', 'fr', 'es'],
    regions: ['SOUTHEAST_ASIA'],
    countries: ['TH'],
    files: {
      en: note('Code of conduct toolkit', 'Six criteria for the travel sector: policy, training, contracts, information, reporting, review.'),
      fr: note(
        'Boîte à outils du code de conduite',
        'Six critères pour le secteur du voyage : politique, formation, contrats, information, signalement, suivi.',
      ),
      es: note(
        'Herramientas del código de conducta',
        'Seis criterios para el sector de viajes: política, formación, contratos, información, denuncia, revisión.',
      ),
    },
    workshop: 0,
  },
  {
    key: 'online-safety-guide',
    title: 'Online grooming: a guide for community workers',
    description: 'Recognising grooming on social media and messaging apps, and what to do next.',
    kind: 'GUIDE',
    visibility: 'NETWORK',
    topics: ['ONLINE_SEXUAL_EXPLOITATION'],
    languages: ['en'],
    regions: [],
    countries: [],
    files: { en: note('Online grooming guide', 'Signs, first response, reporting channels and referral to survivor support.') },
    workshop: 1,
  },
  {
    key: 'country-overview',
    title: 'Country overview: sexual exploitation of children in Kenya',
    description: 'A country overview of the forms of exploitation, the legal framework and the response.',
    kind: 'REPORT',
    visibility: 'PUBLIC',
    topics: ['LAW_AND_POLICY_REFORM', 'ACCESS_TO_JUSTICE'],
    languages: ['en'],
    regions: ['AFRICA'],
    countries: ['KE'],
    files: { en: note('Country overview: Kenya', 'Context, manifestations, legal framework, recommendations.') },
  },
  {
    key: 'survivor-voices',
    title: 'Survivor-centred support: workshop slides',
    description: 'Slides from a regional workshop on survivor-centred services, for its participants.',
    kind: 'PRESENTATION',
    visibility: 'PARTICIPANTS',
    topics: ['SURVIVOR_SUPPORT', 'CHILD_PARTICIPATION'],
    languages: ['en'],
    regions: [],
    countries: [],
    files: { en: note('Survivor-centred support', 'Principles, case management, participation of survivors in programme design.') },
    workshop: 0,
  },
  {
    key: 'global-study',
    title: 'Global study on the sexual exploitation of children in travel and tourism',
    description: 'The multi-country study and its regional reports.',
    kind: 'LINK',
    visibility: 'PUBLIC',
    topics: ['EXPLOITATION_IN_TRAVEL_AND_TOURISM'],
    languages: ['en'],
    regions: [],
    countries: [],
    externalUrl: 'https://ecpat.org/',
  },
];
