export * from './auth';
export * from './common';
export * from './documents';
export * from './home';
export * from './org';
export * from './performance';
export * from './runs';
export * from './sops';
