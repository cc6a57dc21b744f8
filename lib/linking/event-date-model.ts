import weights from "./event-date-model.json";
import type { RelationModel } from "./train-relation-model";

/** The event-date model: the statement model's logistic regression, with one family ("event"). */
export type EventDateModel = RelationModel;

/** The event-date model `npm run train:event-dates` wrote from the labelled articles' tune split. */
export const eventDateModel: EventDateModel | null = (weights as EventDateModel).families.length ? (weights as EventDateModel) : null;
