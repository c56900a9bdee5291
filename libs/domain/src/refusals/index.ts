export * from './api-refusals';
export * from './domain-refusals';
export * from './field-rules';
export * from './message-template';
export * from './refusal-messages';
export * from './act-refusals';
