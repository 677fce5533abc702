import { createRedactor } from '../dist/src/index.js';
import { agentLines } from '../dist/benchmarks/lib/agent-lines.js';
