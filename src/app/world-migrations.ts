/**
 * Migrations of the saved world, in order. Append-only: a shipped migration is never edited, and
 * each is frozen: it lives in migrations/ with the data it adds as its own JSON, and imports no
 * live seed or code that may change. Each has a test (world-migrations.test.ts), every shipped
 * schema has a fixture of a real save (save-fixtures/), and the result is validated after
 * migrating (world/validate.ts). This module is loaded only when a save older than the current
 * schema is found (records.ts), so the first screen does not carry the migrations' data.
 */
import type { Migration } from '../storage/migrations';
import { toegangsbeheerAccounts } from './migrations/1-toegangsbeheer-accounts';
import { mergers2025 } from './migrations/2-fusies-2025';
import { coTbCard } from './migrations/3-co-toegangsbeheerder-kaart';

export const WORLD_MIGRATIONS: readonly Migration[] = [toegangsbeheerAccounts, mergers2025, coTbCard];
