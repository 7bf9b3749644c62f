// Checked <tx-*> tags in templates: Vue's GlobalComponents, augmented by @tongxin/elements.
import type {} from '@tongxin/elements/vue';
