export { generatePolicyDocument } from './policy-document.ts';
