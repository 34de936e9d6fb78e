import { useMemo } from 'react';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';

/** A country's figure on the map, keyed by ISO 3166-1's three digits (as the world outline is). */
export interface MapCount {
  numeric: string;
  name: string;
  count: number;
  /** Its tooltip, e.g. "Kenya: 2 confirmed", "Kenya : 2 confirmées" (a phrase of the dictionary's: CountryMap.tsx). */
  label: string;
}

const WIDTH = 960;
const HEIGHT = 470;
/** Light to dark: one step per fifth of the largest figure (ColorBrewer's Blues, readable on white). */
const SHADES = ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c'];

type Countries = FeatureCollection<Geometry, { name: string }>;

/** The world outline ships with the portal (Natural Earth 1:110m via world-atlas): no tiles, no CDN. */
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries) as Countries;
const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], countries);
const draw = geoPath(projection);
const outlines = countries.features.map((country: Feature<Geometry, { name: string }>) => ({ id: String(country.id), d: draw(country) ?? '' }));
const drawn = new Set(outlines.map((outline) => outline.id));

/**
 * Countries shaded by a figure, each with its name and figure as a tooltip. The map is a picture
 * (role img with its caption); the figures it shows are also listed beside it, and countries too
 * small for this outline (Singapore, Malta…) are listed under it rather than lost.
 */
export default function WorldMap({ caption, counts }: { caption: string; counts: readonly MapCount[] }) {
  const byNumeric = useMemo(() => new Map(counts.map((c) => [c.numeric, c])), [counts]);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const shade = (n: number) => SHADES[Math.min(SHADES.length - 1, Math.floor(((n - 1) / max) * SHADES.length))];
  const undrawn = counts.filter((c) => !drawn.has(c.numeric));
  return (
    <figure className="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={caption}>
        {outlines.map((outline) => {
          const here = byNumeric.get(outline.id);
          return (
            <path
              key={outline.id}
              d={outline.d}
              fill={here ? shade(here.count) : '#eceff1'}
              stroke="#fff"
              strokeWidth={0.5}
              data-country={here ? outline.id : undefined}
            >
              {here ? <title>{here.label}</title> : null}
            </path>
          );
        })}
      </svg>
      <figcaption>
        {caption}
        {undrawn.length > 0 ? <> · {undrawn.map((c) => `${c.name} (${c.count})`).join(', ')}</> : null}
      </figcaption>
    </figure>
  );
}
