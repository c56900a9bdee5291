export * from './referral-events';
export * from './referral';
