import weights from "./event-date-model.json";
import type { RelationModel } from "./train-relation-model";

/** The event-date model `npm run train:event-dates` wrote from the labelled articles' tune split. */
export const eventDateModel: RelationModel | null = (weights as RelationModel).families.length ? (weights as RelationModel) : null;
