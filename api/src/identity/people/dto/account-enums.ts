import { LANGUAGES, ROLES } from '@homeward/domain';
import { graphqlEnum } from '../../../platform/graphql-enum';

/** A person's role in an organization, and the language kept on their account. */
export const RoleEnum = graphqlEnum(ROLES, 'Role');
export const LanguageEnum = graphqlEnum(LANGUAGES, 'Language');
