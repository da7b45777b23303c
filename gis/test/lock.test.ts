import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirectoryLockedError, lockDataDirectory } from '../src/db/lock.js';

describe('embedded data directory lock', () => {
  it('refuses a directory held by another live process, naming it and what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk-lock-'));
    writeFileSync(join(dir, 'trygghetskartan.lock'), String(process.ppid));
    expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);
    expect(() => lockDataDirectory(dir)).toThrow(`already in use by process ${process.ppid}`);
  });

  it('takes over a lock left by a process that no longer exists, and releases it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk-lock-'));
    writeFileSync(join(dir, 'trygghetskartan.lock'), '2147483646');
    const release = lockDataDirectory(dir);
    expect(readFileSync(join(dir, 'trygghetskartan.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'trygghetskartan.lock'))).toBe(false);
  });
});
