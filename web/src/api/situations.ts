import { TEXT } from '@tk/input';
import type { IncidentCategory, SituationFieldsFragment } from '../gql/graphql';
import { type IsoWeek } from '@tk/time';
import { ApiError, request, type RequestOptions } from './client';
import { publishSituationMutation, saveSituationDraftMutation, situationQuery } from './operations';

export type { IncidentCategory };
export type Situation = SituationFieldsFragment;
export type SituationFigures = NonNullable<Situation['figures']>;
export type CategoryFigure = NonNullable<SituationFigures['byCategory']>[number];
export type SituationHotCell = NonNullable<SituationFigures['hotCells']>[number];

/** The server's limit for the text; the field stops there so the user never meets a refusal for it. */
export const SITUATION_TEXT_MAX = TEXT.situation.max;

/** A null answer would read as "nothing written"; it is a broken response instead. */
function required(situation: Situation | null | undefined): Situation {
  if (!situation) throw new ApiError('The response held no situational picture', 'BAD_RESPONSE');
  return situation;
}

export async function fetchSituation(week: IsoWeek, districtId: string, options: RequestOptions): Promise<Situation> {
  const data = await request(situationQuery, { week: week.label, districtId }, options);
  return required(data.situation);
}

export async function saveSituationDraft(week: IsoWeek, districtId: string, text: string, options: RequestOptions): Promise<Situation> {
  const data = await request(saveSituationDraftMutation, { week: week.label, districtId, text }, options);
  return required(data.saveSituationDraft);
}

export async function publishSituation(week: IsoWeek, districtId: string, options: RequestOptions): Promise<Situation> {
  const data = await request(publishSituationMutation, { week: week.label, districtId }, options);
  return required(data.publishSituation);
}
