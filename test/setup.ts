// Unit tests use both languages synchronously: English is registered up front (the page loads it
// on demand, src/i18n/messages.ts).
import { en } from '../src/i18n/en';
import { registerMessages } from '../src/i18n/messages';

registerMessages('en', en);
