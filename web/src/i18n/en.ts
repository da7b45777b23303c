import type { Messages } from './sv';

export const en: Messages = {
  app: {
    name: 'Trygghetskartan',
    tagline: 'Linköping Municipality and the Police – joint planning against crime and insecurity',
    skipToPanel: 'Skip to the district list',
  },
  language: {
    label: 'Language',
    sv: 'Svenska',
    en: 'English',
  },
  map: {
    label: 'Map of the districts of Linköping',
    canvasLabel: 'Map',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetBearing: 'Reset the map to north',
    loading: 'Loading the map …',
    noWebglTitle: 'The map cannot be shown in this browser',
    noWebglBody:
      'The map needs WebGL 2, which is missing or turned off here. Try another browser or turn on hardware acceleration. The districts and their figures are still listed in the panel.',
    mapErrorBody: 'The map could not start: {message}',
  },
  legend: {
    title: 'Legend',
    priority: 'Priority district',
    other: 'Other district',
    selected: 'Selected district',
  },
  notice: {
    approximate: 'Approximate demo boundaries – not official',
  },
  data: {
    loading: 'Loading districts …',
    errorTitle: 'The districts could not be loaded',
    errorBody: 'The server said: {message}',
    retry: 'Try again',
    empty: 'There are no districts to show.',
  },
  panel: {
    label: 'District information',
    introTitle: 'Districts of Linköping',
    intro:
      'Choose a district on the map or in the list to see incidents over the last four weeks, venues and measures.',
    priorityGroup: 'Priority districts',
    otherGroup: 'Other districts',
    incidentsShort: '{count} incidents',
    close: 'Close {name} and show all districts',
  },
  district: {
    priority: 'Priority district',
    approximateNote: 'The boundary is an approximate demo boundary, not an official district boundary.',
    area: 'Area',
    incidents: 'Incidents, last 4 weeks',
    incidentsPeriod: 'week {from}–{to}',
    density: '{value} per km²',
    venues: 'Venues',
    venuesHint: 'Licensed premises, gyms, schools and youth centres',
    measures: 'Measures',
    measuresHint: 'In the physical environment, any status',
    unknown: 'not available',
  },
};
