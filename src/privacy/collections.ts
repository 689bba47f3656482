import { oppositionsCollection } from './opposition.ts';
import { requestsCollection } from './requests.ts';
import { retentionCollection } from './retention-settings.ts';

/** The privacy feature's collections: the do-not-contact list, the requests register, retention rules. */
export const privacyCollections = [oppositionsCollection, requestsCollection, retentionCollection] as const;
