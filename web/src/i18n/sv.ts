/** Swedish is the product's main language; en.ts must have exactly the same keys. */
export const sv = {
  app: {
    name: 'Trygghetskartan',
    tagline: 'Linköpings kommun och Polisen – gemensam planering mot brott och otrygghet',
    skipToPanel: 'Hoppa till stadsdelslistan',
  },
  language: {
    label: 'Språk',
    sv: 'Svenska',
    en: 'English',
  },
  map: {
    label: 'Karta över Linköpings stadsdelar',
    canvasLabel: 'Karta',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    resetBearing: 'Återställ kartan mot norr',
    loading: 'Kartan laddas …',
    noWebglTitle: 'Kartan kan inte visas i den här webbläsaren',
    noWebglBody:
      'Kartan behöver WebGL 2, som saknas eller är avstängt här. Prova en annan webbläsare eller slå på hårdvaruacceleration. Stadsdelarna och deras uppgifter finns ändå i panelen.',
    mapErrorBody: 'Kartan kunde inte startas: {message}',
  },
  legend: {
    title: 'Teckenförklaring',
    priority: 'Prioriterad stadsdel',
    other: 'Övrig stadsdel',
    selected: 'Vald stadsdel',
  },
  notice: {
    approximate: 'Ungefärliga demogränser – inte officiella',
  },
  data: {
    loading: 'Hämtar stadsdelar …',
    errorTitle: 'Stadsdelarna kunde inte hämtas',
    errorBody: 'Servern svarade: {message}',
    retry: 'Försök igen',
    empty: 'Det finns inga stadsdelar att visa.',
  },
  panel: {
    label: 'Stadsdelsinformation',
    introTitle: 'Stadsdelar i Linköping',
    intro:
      'Välj en stadsdel på kartan eller i listan för att se händelser de senaste fyra veckorna, verksamheter och åtgärder.',
    priorityGroup: 'Prioriterade stadsdelar',
    otherGroup: 'Övriga stadsdelar',
    incidentsShort: '{count} händelser',
    close: 'Stäng {name} och visa alla stadsdelar',
  },
  district: {
    priority: 'Prioriterad stadsdel',
    approximateNote: 'Gränsen är en ungefärlig demogräns och inte en officiell stadsdelsgräns.',
    area: 'Yta',
    incidents: 'Händelser, senaste 4 veckorna',
    incidentsPeriod: 'vecka {from}–{to}',
    density: '{value} per km²',
    venues: 'Verksamheter',
    venuesHint: 'Serveringsställen, gym, skolor och fritidsgårdar',
    measures: 'Åtgärder',
    measuresHint: 'I den fysiska miljön, alla statusar',
    unknown: 'uppgift saknas',
  },
};

export type Messages = typeof sv;
