// @ts-check
/*
 * `npm start`'s first step: builds the console and the api only when their sources changed since
 * their last build (scripts/build-stamp.js); --always builds them anyway (`npm run build`).
 */
const { join } = require('node:path');
const { START_TARGETS, buildIfChanged } = require('./build-stamp');

try {
  buildIfChanged(join(__dirname, '..'), START_TARGETS, {
    always: process.argv.includes('--always'),
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
