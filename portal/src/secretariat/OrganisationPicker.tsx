import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useCountries } from '../countries';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { useQuery } from '../ui';

const FIND = graphql(`
  query FindOrganisations($text: String) {
    organizations(filter: { text: $text }, first: 10) {
      totalCount
      edges {
        node {
          id
          name
          country
        }
      }
    }
  }
`);

export interface PickedOrganisation {
  id: string;
  name: string;
}

/**
 * An organisation by a few letters of its name or country (the directory's word search), as an
 * ARIA combobox: arrows move through the suggestions, Enter picks, Escape closes. The network's
 * every organisation can be found, not only a first hundred.
 */
export function OrganisationPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: PickedOrganisation | null;
  onChange: (picked: PickedOrganisation | null) => void;
}) {
  const { t } = useI18n();
  const countries = useCountries();
  const id = useId();
  const [typed, setTyped] = useState(value?.name ?? '');
  const [asked, setAsked] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Words once typing pauses; nothing is asked for an empty box.
  useEffect(() => {
    const wait = setTimeout(() => setAsked(typed.trim()), 250);
    return () => clearTimeout(wait);
  }, [typed]);
  const found = useQuery(FIND, { text: asked }, !open || asked === '');
  const options = found.data?.organizations.edges.map((e) => e.node) ?? [];
  const pick = (organisation: PickedOrganisation) => {
    onChange({ id: organisation.id, name: organisation.name });
    setTyped(organisation.name);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive((active + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const listId = `${id}-list`;
  const shown = open && asked !== '' && typed.trim() !== '';
  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && options[active] ? `${id}-${options[active].id}` : undefined}
        aria-describedby={`${id}-help`}
        value={typed}
        autoComplete="off"
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange(null);
        }}
        onKeyDown={onKey}
        onBlur={() => setOpen(false)}
      />
      <span id={`${id}-help`} className="meta">
        {value ? t('organisationPicked', { name: value.name }) : t('organisationTypeToFind')}
      </span>
      <div id={listId} role="listbox" aria-label={label} className="options" hidden={!shown}>
        {options.map((organisation, i) => (
          <div
            key={organisation.id}
            id={`${id}-${organisation.id}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            // Chosen before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(organisation);
            }}
          >
            {organisation.name} <span className="meta">{countries.nameOf(organisation.country)}</span>
          </div>
        ))}
        {shown && !found.loading && options.length === 0 && (
          <div role="option" tabIndex={-1} aria-selected={false} aria-disabled="true">
            {t('none')}
          </div>
        )}
      </div>
      {shown && found.data && found.data.organizations.totalCount > options.length && (
        <span className="meta" aria-live="polite">
          {t('organisationsMore', { n: found.data.organizations.totalCount - options.length })}
        </span>
      )}
    </div>
  );
}
