import { graphql } from '@/gql';

/** The api lists up to this many failed emails at once; the screen says "100+" when it is full. */
export const FAILED_EMAILS_SHOWN = 100;
export const FAILED_EMAILS_KEY = ['failed-emails'];

export const FAILED_EMAILS = graphql(`
  query FailedEmails($first: Int!) {
    failedEmails(first: $first) {
      id
      subject
      recipientName
      recipientEmail
      createdAt
      error
    }
  }
`);
