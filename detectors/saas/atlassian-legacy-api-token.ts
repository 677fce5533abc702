import { defineDetector } from '../../src/engine/detector.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { ALNUM, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/** Older Atlassian API tokens are 24 alphanumeric characters with no prefix: only found after a Jira/Confluence key name. */
const KEY = String.raw`(?i:(?:jira|confluence|atlassian)${SEP}(?:cloud${SEP}|user${SEP}|api${SEP}|access${SEP})*(?:token|key))`;

export default defineDetector({
  id: 'atlassian-legacy-api-token',
  description: 'Atlassian API token of the older form (24 alphanumeric characters) after JIRA_API_TOKEN, CONFLUENCE_TOKEN, atlassianToken',
  category: 'secret',
  keywords: ['jira', 'confluence', 'atlassian'],
  pattern: keyedValue(KEY, '[A-Za-z0-9]{24}', '[^A-Za-z0-9]'),
  validate: randomAlnum,
  priority: 20,
  samples: {
    positive: [`JIRA_API_TOKEN=${fake('atlassian-legacy-1', 24, ALNUM)}`, `"confluenceToken": "${fake('atlassian-legacy-2', 24, ALNUM)}"`,
      `System.setProperty("JIRA_TOKEN", "${fake('atlassian-legacy-3', 24, ALNUM)}")`,
      `var jiraToken string = "${fake('atlassian-legacy-4', 24, ALNUM)}"`,
    ],
    negative: [
      'JIRA_API_TOKEN=${JIRA_API_TOKEN}',
      `JIRA_API_TOKEN=${fake('atlassian-legacy-long', 32, ALNUM)}`,
      'jira_issue_key=PROJ-1234',
      'JIRA_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
      'JIRA_API_TOKEN=ProjectTrackerIntegration',
    ],
  },
});
