const { TestEnvironment } = require('jest-environment-node');

/**
 * Node's test environment, telling a file's afterEach hooks whether the test just run failed
 * (`globalThis.__testFailed`): the console's browser tests then print what the page showed, since
 * a step that timed out says only what it waited for.
 */
class FailureAwareEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name === 'test_start') this.global.__testFailed = false;
    else if (event.name === 'test_fn_failure') this.global.__testFailed = true;
  }
}

module.exports = FailureAwareEnvironment;
