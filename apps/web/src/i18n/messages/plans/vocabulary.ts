import { section } from '../../section';
// The same words as the register forms and the import templates.
import { ENTITY_KIND_WORDS, SCALE_WORDS } from '@app/domain/registers/vocabulary-words';

/** The plans' vocabularies (the api's exact values as keys), in the register forms' words. */
export const planVocabulary = section(
  {
    'kind.enterprise': ENTITY_KIND_WORDS.enterprise,
    'kind.individual_business': ENTITY_KIND_WORDS.individual_business,
    'kind.other_body': ENTITY_KIND_WORDS.other_body,
    'kind.product': ENTITY_KIND_WORDS.product,
    'kind.project': ENTITY_KIND_WORDS.project,
    'kind.behaviour': ENTITY_KIND_WORDS.behaviour,
    'scale.large': SCALE_WORDS.large,
    'scale.medium': SCALE_WORDS.medium,
    'scale.small': SCALE_WORDS.small,
    'scale.micro': SCALE_WORDS.micro,
    'status.draft': '草稿',
    'status.published': '已发布',
    'status.closed': '已关闭',
  },
  {
    'kind.enterprise': 'Enterprise',
    'kind.individual_business': 'Individual business',
    'kind.other_body': 'Other body',
    'kind.product': 'Product',
    'kind.project': 'Project',
    'kind.behaviour': 'Behaviour',
    'scale.large': 'Large',
    'scale.medium': 'Medium',
    'scale.small': 'Small',
    'scale.micro': 'Micro',
    'status.draft': 'Draft',
    'status.published': 'Published',
    'status.closed': 'Closed',
  },
);
