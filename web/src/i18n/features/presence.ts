/** Presence of police, guards and night walkers. */

export const sv = {
  presence: {
    toggle: 'Närvaro',
    hint: 'Polis, väktare, fältassistenter m.fl., vald vecka',
    count: '{count} pass i valda timmar',
    hours: 'Timmar (svensk tid)',
    from: 'Från',
    to: 'Till',
    wholeDay: 'Hela dygnet',
    loading: 'Hämtar närvaro …',
    failed: 'Närvaron kunde inte hämtas: {message}',
    retry: 'Försök igen',
    legendTitle: 'Vem är på plats',
    planned: 'Ljusare ring: planerat pass',
    uncovered: 'Het cell utan närvaro ({count})',
    uncoveredHint: 'Streckad kant: ingen var på plats den veckan',
    actors: {
      POLICE: 'Polis',
      MUNICIPAL_GUARD: 'Kommunväktare',
      SECURITY_GUARD: 'Ordningsvakt',
      FIELD_ASSISTANT: 'Fältassistent',
      LEISURE_LEADER: 'Fritidsledare',
      SAFETY_HOST: 'Trygghetsvärd',
      NIGHT_WALKER: 'Nattvandrare',
    },
    popup: {
      close: 'Stäng',
      organisation: 'Organisation',
      state: 'Status',
      states: {
        PLANNED: 'Planerat',
        REALISED: 'Genomfört',
      },
    },
  },
};

export const en: typeof sv = {
  presence: {
    toggle: 'Presence',
    hint: 'Police, guards, field workers and others, chosen week',
    count: '{count} shifts in the chosen hours',
    hours: 'Hours (Swedish time)',
    from: 'From',
    to: 'To',
    wholeDay: 'All day',
    loading: 'Loading presence …',
    failed: 'Presence could not be loaded: {message}',
    retry: 'Try again',
    legendTitle: 'Who is there',
    planned: 'Lighter ring: a planned shift',
    uncovered: 'Hot cell without presence ({count})',
    uncoveredHint: 'Dashed edge: nobody was there that week',
    actors: {
      POLICE: 'Police',
      MUNICIPAL_GUARD: 'Municipal guard',
      SECURITY_GUARD: 'Security guard',
      FIELD_ASSISTANT: 'Field assistant',
      LEISURE_LEADER: 'Leisure leader',
      SAFETY_HOST: 'Safety host',
      NIGHT_WALKER: 'Night walker',
    },
    popup: {
      close: 'Close',
      organisation: 'Organisation',
      state: 'Status',
      states: {
        PLANNED: 'Planned',
        REALISED: 'Carried out',
      },
    },
  },
};
