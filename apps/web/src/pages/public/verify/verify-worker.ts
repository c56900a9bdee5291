import { type VerifyMessage, type VerifyRequest, runVerification } from './read-bundle';

/**
 * The draw's re-run off the page's thread (the api's CSP allows workers from its own origin): one
 * request per worker, its progress and verdict posted back.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<VerifyRequest>) => void) | null;
  postMessage: (message: VerifyMessage) => void;
};

scope.onmessage = (event) => {
  void runVerification(event.data, (message) => scope.postMessage(message));
};
