import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum } from 'class-validator';
import { type AuthUser, Role, Roles, invalidField } from '@sanggar/core';
import {
  type InboxEntry,
  MAX_MARKED_AT_ONCE,
  NotificationCategory,
  NotificationKind,
  NotificationsService,
  UNREAD_COUNT_CAP,
} from '@sanggar/notifications';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { type GqlContext, zoneOfCaller } from '../graphql/context.js';
import { DateTimeScalar, inZone } from '../graphql/scalars.js';
import { FirstOf, FirstUpTo, MaxItems, firstOf } from '../graphql/lists.js';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotificationCategory, { name: 'NotificationCategory' });

@ObjectType('Notification', { description: 'Something that happened which I should hear about, in my language' })
class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'One line: what happened' })
  title: string;

  @Field(() => [String], { description: 'The details, a paragraph each' })
  paragraphs: string[];

  @Field({ description: 'Where to go in the web app ("/schedule")' })
  link: string;

  @Field({ description: 'The label of that link' })
  linkLabel: string;

  @Field(() => DateTimeScalar)
  createdAt: string;

  @Field(() => DateTimeScalar, { nullable: true })
  readAt: string | null;
}

/** A notification, its times written in `zone` (the recipient's hub's). */
const toNotificationType = ({ action, createdAt, readAt, ...entry }: InboxEntry, zone: string): NotificationType => ({
  ...entry,
  createdAt: inZone(createdAt, zone),
  readAt: readAt && inZone(readAt, zone),
  link: action.path,
  linkLabel: action.label,
});

@ObjectType('NotificationPreference', { description: 'Whether I get emails of one category (the app always lists them)' })
class NotificationPreferenceType {
  @Field(() => NotificationCategory)
  category: NotificationCategory;

  @Field()
  email: boolean;
}

@ObjectType('FailedEmail', { description: 'An email that failed every retry: a notification, or an account or booking email' })
class FailedEmailType {
  @Field(() => ID, { description: 'What retryEmail takes' })
  id: string;

  @Field(() => NotificationKind, { nullable: true, description: "The notification's kind; null for an account or booking email" })
  kind: NotificationKind | null;

  @Field({ description: "Its subject, in the caller's language" })
  subject: string;

  @Field(() => ID)
  recipientId: string;

  @Field()
  recipientName: string;

  @Field({ description: 'The address the mail server refused or could not reach' })
  recipientEmail: string;

  @Field(() => DateTimeScalar)
  createdAt: string;

  @Field(() => String, { nullable: true, description: 'The SMTP code or error class of the last attempt' })
  error: string | null;
}

@InputType()
class SetNotificationPreferenceInput {
  @Field(() => NotificationCategory)
  @IsEnum(NotificationCategory)
  category: NotificationCategory;

  @Field()
  @IsBoolean()
  email: boolean;
}

const INBOX = { default: 20, max: 100 };
const CATEGORY_COUNT = Object.keys(NotificationCategory).length;

@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(private readonly notices: NotificationsService) {}

  @Query(() => [NotificationType], { description: 'My notifications, newest first; `before` (an id) continues the list' })
  async notifications(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @FirstUpTo(INBOX) first: number,
    @Args('before', { type: () => ID, nullable: true }) before?: string | null,
  ): Promise<NotificationType[]> {
    const [entries, zone] = await Promise.all([this.notices.inbox(caller, first, before), zoneOfCaller(loaders, caller)]);
    return entries.map((entry) => toNotificationType(entry, zone));
  }

  @Query(() => Int, { description: `How many of my notifications are unread (counted up to ${UNREAD_COUNT_CAP})` })
  unreadNotificationCount(@CurrentUser() caller: AuthUser): Promise<number> {
    return this.notices.unreadCount(caller);
  }

  @Mutation(() => Int, { description: 'Marks these of my notifications read (all when no ids are given); returns how many changed' })
  markNotificationsRead(
    @CurrentUser() caller: AuthUser,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    if (ids && ids.length > MAX_MARKED_AT_ONCE)
      throw invalidField('ids', { id: `ids: paling banyak ${MAX_MARKED_AT_ONCE}`, en: `ids: at most ${MAX_MARKED_AT_ONCE}` });
    return this.notices.markRead(caller, ids);
  }

  @Query(() => [NotificationPreferenceType], { description: 'The categories of notifications I receive, and which are emailed' })
  async notificationPreferences(
    @CurrentUser() caller: AuthUser,
    @FirstOf(CATEGORY_COUNT) first: number,
  ): Promise<NotificationPreferenceType[]> {
    return firstOf(await this.notices.preferences(caller), first);
  }

  @Mutation(() => [NotificationPreferenceType], {
    description: 'Turns emails of one category on or off (account and security emails are always sent)',
  })
  @MaxItems(CATEGORY_COUNT)
  async setNotificationPreference(
    @CurrentUser() caller: AuthUser,
    @Args('input') input: SetNotificationPreferenceInput,
  ): Promise<NotificationPreferenceType[]> {
    await this.notices.setEmail(caller.id, input.category, input.email);
    return this.notices.preferences(caller);
  }

  @Roles(Role.ADMIN)
  @Query(() => [FailedEmailType], { description: 'Admins: emails that failed every retry, oldest first' })
  async failedEmails(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @FirstUpTo({ default: 50, max: 200 }) first: number,
  ): Promise<FailedEmailType[]> {
    const [failed, zone] = await Promise.all([this.notices.failedEmails(first, caller.locale), zoneOfCaller(loaders, caller)]);
    return failed.map((email) => ({ ...email, createdAt: inZone(email.createdAt, zone) }));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Admins: sends a failed email again (its FailedEmail.id)' })
  async retryEmail(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.notices.retryEmail(id);
    return true;
  }
}
