/** One statement as a string, for sets and maps: who, in what role (or role family), of what. */
export const factKey = ({ subjectId, role, objectId }: { subjectId: number; role: string; objectId: number }): string => `${subjectId}:${role}:${objectId}`;
