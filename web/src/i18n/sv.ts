/**
 * Swedish is the product's main language. The texts live by feature in features/, each file with
 * both languages side by side (its `en` is typed by its `sv`, so a key missing in English fails to
 * compile); this file and en.ts only put them together.
 */
import { sv as shell } from './features/shell.js';
import { sv as signIn } from './features/signIn.js';
import { sv as hotspots } from './features/hotspots.js';
import { sv as situation } from './features/situation.js';
import { sv as measures } from './features/measures.js';
import { sv as presence } from './features/presence.js';
import { sv as venues } from './features/venues.js';
import { sv as followUp } from './features/followUp.js';
import { sv as refusals } from './features/refusals.js';
import { sv as inView } from './features/inView.js';
import { sv as properties } from './features/properties.js';

export const sv = { ...shell, ...signIn, ...hotspots, ...situation, ...measures, ...presence, ...venues, ...followUp, ...refusals, ...inView, ...properties };

export type Messages = typeof sv;
