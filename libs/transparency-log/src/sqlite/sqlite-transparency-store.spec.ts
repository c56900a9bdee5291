import { openSqliteDatabase } from '@app/event-store';
import { transparencyStoreContract } from '../testing/transparency-store.contract';
import { SqliteTransparencyStore } from './sqlite-transparency-store';

describe('SqliteTransparencyStore', () => {
  transparencyStoreContract(
    async () => new SqliteTransparencyStore(openSqliteDatabase(':memory:', { synchronous: 'NORMAL' })),
  );
});
