import { EmailDeliveryEntity } from './email-delivery.entity.js';

export { EmailDeliveryEntity };
export * from './email-once.service.js';
export * from './mailer.js';
export * from './notifications.module.js';
export * from './templates.js';

export const notificationEntities = [EmailDeliveryEntity];
