/** A lesson as the team's screens show it; the route builds these from the catalog in the reader's language. */
export type LessonOption = { id: string; title: string; required: boolean };
