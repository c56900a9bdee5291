import { storageRefusal } from '../sqlite/storage-refusal';
import { postgresStorageFailure } from './storage-failure';

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe("PostgreSQL's failures as the stores' storage refusals", () => {
  it.each([
    ['a server shutting down', withCode('57P01')],
    ['a server starting up', withCode('57P03')],
    ['a broken connection', withCode('08006')],
    ['too many connections', withCode('53300')],
    ['a read-only standby', withCode('25006')],
    ['no server listening', withCode('ECONNREFUSED')],
    ['a reset socket', withCode('ECONNRESET')],
    ['a socket closed under a query', new Error('Connection terminated unexpectedly')],
    ['a checkout that timed out', new Error('timeout exceeded when trying to connect')],
  ])('given %s, then STORAGE_UNAVAILABLE', (_, error) => {
    const failure = postgresStorageFailure(error);
    expect(failure?.code).toBe('STORAGE_UNAVAILABLE');
    expect(storageRefusal(failure)).toBe('unavailable');
    expect(failure?.cause).toBe(error);
  });

  it('given a full disk, then STORAGE_FULL', () => {
    expect(storageRefusal(postgresStorageFailure(withCode('53100')))).toBe('full');
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['bad SQL', withCode('42601')],
    ['an error of the code', new Error('boom')],
  ])('given %s, then no refusal: the error passes unchanged', (_, error) => {
    expect(postgresStorageFailure(error)).toBeUndefined();
  });
});
