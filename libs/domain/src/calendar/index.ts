export * from './calendar-date';
export * from './working-day-calendar';
export * from './calendar-year.decider';
