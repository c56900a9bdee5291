/** A page of a list (a list route's answer, a read-model query's result). */
export interface Page<T> {
  items: T[];
  /** Present when more follow: the `cursor` of the next page. */
  nextCursor?: string;
}
