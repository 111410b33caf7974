#!/usr/bin/env node
// The duban command. The sources are TypeScript, run through tsx's loader so that a clone runs as is.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli.ts');
