export { installGuard, type GuardOptions } from './engine';
