import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MentorProfile')
export class MentorProfileType {
  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => [String], { description: 'creative-economy sub-sector keys' })
  expertise: string[];

  @Field(() => Int, { description: 'start-ups this mentor can take at once' })
  maxMentees: number;

  @Field(() => Int)
  activeMentees: number;

  mentorId: string;
}

@ObjectType('MentorMatch')
export class MentorMatchType {
  @Field(() => Float, { description: '0..1, higher is better: 0.6 sector match + 0.3 free capacity + 0.1 light load' })
  score: number;

  @Field(() => [String], { description: 'why this mentor, in the reader’s language' })
  reasons: string[];

  mentorId: string;
}
