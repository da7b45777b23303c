/** The list of the features in the map's view: the map's symbols for the keyboard and screen readers. */

export const sv = {
  inView: {
    title: 'I kartbilden',
    hint: 'Kartans symboler i den del av kartan du ser. Välj en för att öppna den, som när du klickar på kartan.',
    show: 'Visa vad som finns i kartbilden',
    hide: 'Dölj listan',
    more: 'och {count} till – zooma in för att se dem i listan',
    none: 'Inga i kartbilden.',
    layers: {
      hotspots: 'Hotspotceller ({count})',
      incidents: 'Händelser ({count})',
      measures: 'Åtgärder ({count})',
      venues: 'Verksamheter ({count})',
      presence: 'Närvaropass ({count})',
    },
    columns: {
      incidents: { when: 'Tid', category: 'Kategori', district: 'Stadsdel' },
      presence: { when: 'Pass', actor: 'Vem', place: 'Plats' },
    },
    cell: '{district}, cell {code}',
    cellOutside: 'Cell {code}',
    pattern: 'Mönster: {pattern}',
    unknown: 'okänd',
  },
};

export const en: typeof sv = {
  inView: {
    title: 'In the map view',
    hint: 'The map’s symbols in the part of the map you see. Choose one to open it, as a click on the map does.',
    show: 'Show what is in the map view',
    hide: 'Hide the list',
    more: 'and {count} more – zoom in to see them in the list',
    none: 'None in the map view.',
    layers: {
      hotspots: 'Hot spot cells ({count})',
      incidents: 'Incidents ({count})',
      measures: 'Measures ({count})',
      venues: 'Venues ({count})',
      presence: 'Presence shifts ({count})',
    },
    columns: {
      incidents: { when: 'Time', category: 'Category', district: 'District' },
      presence: { when: 'Shift', actor: 'Who', place: 'Place' },
    },
    cell: '{district}, cell {code}',
    cellOutside: 'Cell {code}',
    pattern: 'Pattern: {pattern}',
    unknown: 'unknown',
  },
};
