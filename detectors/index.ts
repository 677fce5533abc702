/**
 * Every built-in detector, sorted by id. One detector per file under detectors/<group>/<id>.ts.
 */
import type { Detector } from '../src/engine/detector.js';
import anthropicAdminKey from './ai/anthropic-admin-key.js';
import anthropicApiKey from './ai/anthropic-api-key.js';
import awsAccessKeyId from './cloud/aws-access-key-id.js';
import awsSecretAccessKey from './cloud/aws-secret-access-key.js';
import basicAuth from './generic/basic-auth.js';
import bearerToken from './generic/bearer-token.js';
import creditCard from './pii/credit-card.js';
import curlUserCredentials from './generic/curl-user-credentials.js';
import databaseUrl from './generic/database-url.js';
import email from './pii/email.js';
import genericCredential from './generic/generic-credential.js';
import githubFineGrainedPat from './vcs/github-fine-grained-pat.js';
import githubOauth from './vcs/github-oauth.js';
import githubPat from './vcs/github-pat.js';
import githubRefresh from './vcs/github-refresh.js';
import githubServerToServer from './vcs/github-server-to-server.js';
import githubUserToServer from './vcs/github-user-to-server.js';
import gitlabAgentToken from './vcs/gitlab-agent-token.js';
import gitlabCiJobToken from './vcs/gitlab-ci-job-token.js';
import gitlabDeployToken from './vcs/gitlab-deploy-token.js';
import gitlabFeatureFlagToken from './vcs/gitlab-feature-flag-token.js';
import gitlabFeedToken from './vcs/gitlab-feed-token.js';
import gitlabIncomingMailToken from './vcs/gitlab-incoming-mail-token.js';
import gitlabOauthAppSecret from './vcs/gitlab-oauth-app-secret.js';
import gitlabPat from './vcs/gitlab-pat.js';
import gitlabRunnerToken from './vcs/gitlab-runner-token.js';
import gitlabScimToken from './vcs/gitlab-scim-token.js';
import gitlabTriggerToken from './vcs/gitlab-trigger-token.js';
import googleApiKey from './cloud/google-api-key.js';
import jwt from './generic/jwt.js';
import npmToken from './packages/npm-token.js';
import openaiApiKey from './ai/openai-api-key.js';
import phone from './pii/phone.js';
import privateKey from './generic/private-key.js';
import slackAppToken from './messaging/slack-app-token.js';
import slackBotToken from './messaging/slack-bot-token.js';
import slackConfigToken from './messaging/slack-config-token.js';
import slackUserToken from './messaging/slack-user-token.js';
import slackWebhook from './messaging/slack-webhook.js';
import stripeRestrictedKey from './payments/stripe-restricted-key.js';
import stripeSecretKey from './payments/stripe-secret-key.js';
import stripeWebhookSecret from './payments/stripe-webhook-secret.js';
import urlCredentials from './generic/url-credentials.js';

export const builtinDetectors: readonly Detector[] = [
  anthropicAdminKey,
  anthropicApiKey,
  awsAccessKeyId,
  awsSecretAccessKey,
  basicAuth,
  bearerToken,
  creditCard,
  curlUserCredentials,
  databaseUrl,
  email,
  genericCredential,
  githubFineGrainedPat,
  githubOauth,
  githubPat,
  githubRefresh,
  githubServerToServer,
  githubUserToServer,
  gitlabAgentToken,
  gitlabCiJobToken,
  gitlabDeployToken,
  gitlabFeatureFlagToken,
  gitlabFeedToken,
  gitlabIncomingMailToken,
  gitlabOauthAppSecret,
  gitlabPat,
  gitlabRunnerToken,
  gitlabScimToken,
  gitlabTriggerToken,
  googleApiKey,
  jwt,
  npmToken,
  openaiApiKey,
  phone,
  privateKey,
  slackAppToken,
  slackBotToken,
  slackConfigToken,
  slackUserToken,
  slackWebhook,
  stripeRestrictedKey,
  stripeSecretKey,
  stripeWebhookSecret,
  urlCredentials,
];

export default builtinDetectors;
