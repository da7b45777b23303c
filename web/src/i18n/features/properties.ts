/** A property owner's own properties (fastigheter). */

export const sv = {
  properties: {
    title: 'Era fastigheter',
    intro: 'Det som anmälts på era fastigheter de senaste 12 månaderna, och åtgärderna där. Fastigheterna är streckade på kartan.',
    loading: 'Hämtar fastigheterna …',
    failed: 'Fastigheterna kunde inte hämtas: {message}',
    retry: 'Försök igen',
    empty: 'Inga fastigheter är registrerade för er organisation.',
    summary: '{incidents} · {measures}',
    incidents: 'inga händelser | en händelse | {count} händelser',
    measures: 'inga åtgärder | en åtgärd | {count} åtgärder',
    approximate: 'påhittad demofastighet',
    reportsCaption: 'Anmälda händelser på {name} sedan {since}',
    date: 'Datum',
    category: 'Kategori',
    noReports: 'Inget anmält här sedan {since}.',
    measuresTitle: 'Åtgärder på {name}',
    noMeasures: 'Inga åtgärder här.',
    showOnMap: 'Visa {name} på kartan',
  },
};

export const en: typeof sv = {
  properties: {
    title: 'Your properties',
    intro: 'What was reported on your properties in the last 12 months, and the measures there. The properties are dashed on the map.',
    loading: 'Loading the properties …',
    failed: 'The properties could not be loaded: {message}',
    retry: 'Try again',
    empty: 'No properties are registered for your organisation.',
    summary: '{incidents} · {measures}',
    incidents: 'no incidents | one incident | {count} incidents',
    measures: 'no measures | one measure | {count} measures',
    approximate: 'made-up demo property',
    reportsCaption: 'Incidents reported on {name} since {since}',
    date: 'Date',
    category: 'Category',
    noReports: 'Nothing reported here since {since}.',
    measuresTitle: 'Measures on {name}',
    noMeasures: 'No measures here.',
    showOnMap: 'Show {name} on the map',
  },
};
