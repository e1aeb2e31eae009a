export * from './enums.js';
export * from './common.schema.js';
export * from './auth.schema.js';
export * from './talent.schema.js';
export * from './employer.schema.js';
export * from './talent-code.schema.js';
export * from './policy.schema.js';
export * from './calculator.schema.js';
