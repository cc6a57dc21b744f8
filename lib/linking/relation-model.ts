import weights from "./relation-model.json";
import type { RelationModel } from "./train-relation-model";

/** The statement model `npm run train:relations` wrote from the labelled articles' tune split. */
export const relationModel: RelationModel | null = (weights as RelationModel).families.length ? (weights as RelationModel) : null;
