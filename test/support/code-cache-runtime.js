/**
 * Jest's runtime (`runtime` in jest.config.js), keeping V8's compiled code of each module for the
 * next test file in the same worker. Jest gives every test file a module registry of its own, so
 * the api's modules and its libraries (NestJS, fastify, class-validator…), ~2,250 of them, were
 * compiled again for each of the ~150 end-to-end files: ~330 ms of a file, ~145 ms from the cache.
 * Each file still runs every module afresh in its own context; only the compiled code is reused,
 * and only for the very same source text (V8 itself checks little more than its length).
 */
const { AsyncLocalStorage } = require('node:async_hooks');
const { compileFunction } = require('node:vm');
const JestRuntime = require('jest-runtime').default;

/*
 * AsyncLocalStorages enabled while a test file ran, to be disabled when it ends. Each file loads
 * its own copy of jest-circus's adapter (and of playwright, oidc-provider…), each with an
 * AsyncLocalStorage that is never disabled; Node 20 calls every enabled one on every promise
 * made, so a worker's hundredth file paid a hundred calls a promise (about 4% of the suite's CPU).
 */
const enabledDuringFile = new Set();
const enable = AsyncLocalStorage.prototype._enable;
if (typeof enable === 'function') {
  AsyncLocalStorage.prototype._enable = function trackedEnable(...args) {
    if (!this.enabled) enabledDuringFile.add(this);
    return enable.apply(this, args);
  };
}

/** Module file → the source it was compiled from and V8's code cache for it, for this worker. */
const compiled = new Map();

class CodeCachingRuntime extends JestRuntime {
  constructor(...args) {
    super(...args);
    const executor = this.executor;
    if (!executor || typeof executor.compile !== 'function') return;
    const compileAfresh = executor.compile.bind(executor);
    executor.compile = (source, filename) => {
      const context = executor.environment.getVmContext();
      if (context == null || executor.resolution.isCoreModule(filename))
        return compileAfresh(source, filename);
      const known = compiled.get(filename);
      const reuse = known !== undefined && known.source === source;
      let compiledFunction;
      try {
        compiledFunction = compileFunction(source, executor.injectedModuleParameters, {
          filename,
          parsingContext: context,
          importModuleDynamically: (specifier, _function, attributes, ...rest) =>
            executor.dynamicImport(specifier, filename, context, attributes, rest[0]),
          ...(reuse ? { cachedData: known.data } : { produceCachedData: true }),
        });
      } catch {
        // Jest's own compile says what is wrong with the source (a syntax error, ES module syntax).
        return compileAfresh(source, filename);
      }
      if (!reuse && compiledFunction.cachedDataProduced)
        compiled.set(filename, { source, data: compiledFunction.cachedData });
      return compiledFunction;
    };
  }

  teardown() {
    super.teardown();
    for (const storage of enabledDuringFile) storage.disable();
    enabledDuringFile.clear();
  }
}

module.exports = CodeCachingRuntime;
