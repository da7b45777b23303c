// .js as Node's ESM wants it: the browser tests (package test) import the catalogue too.
import type { Messages } from './sv.js';
import { en as shell } from './features/shell.js';
import { en as signIn } from './features/signIn.js';
import { en as hotspots } from './features/hotspots.js';
import { en as situation } from './features/situation.js';
import { en as measures } from './features/measures.js';
import { en as presence } from './features/presence.js';
import { en as venues } from './features/venues.js';
import { en as followUp } from './features/followUp.js';
import { en as refusals } from './features/refusals.js';
import { en as inView } from './features/inView.js';
import { en as properties } from './features/properties.js';

export const en: Messages = { ...shell, ...signIn, ...hotspots, ...situation, ...measures, ...presence, ...venues, ...followUp, ...refusals, ...inView, ...properties };
