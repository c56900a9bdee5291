// The entry of a draw's second thread where TypeScript is loaded by a loader (bench, tests).
import { serveDrawPart } from './part-thread';

serveDrawPart();
