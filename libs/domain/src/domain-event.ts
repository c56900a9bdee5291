/**
 * An event as a decider returns it: the type by an explicit string name (never a class name)
 * and its data. The command pipeline adds the id and the accountability metadata.
 */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  type: Type;
  data: Data;
}
