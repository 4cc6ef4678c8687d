import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Min, ValidateNested } from 'class-validator';
import { apiValidationPipe } from './validation';

class Claim {
  @IsInt() @Min(0) amountFen!: number;
}
class Applicant {
  @IsString() @IsNotEmpty() name!: string;
}
class Content {
  @ValidateNested() @Type(() => Applicant) applicant!: Applicant;
  @ValidateNested({ each: true }) @Type(() => Claim) claims!: Claim[];
}
class Body {
  @ValidateNested() @Type(() => Content) content!: Content;
}

const validate = (value: unknown) =>
  apiValidationPipe().transform(value, { type: 'body', metatype: Body }) as Promise<Body>;

describe('the global validation pipe', () => {
  it('answers 400 in the ApiError shape with the dotted path of every bad field', async () => {
    const error = await validate({
      content: { applicant: { name: '' }, claims: [{ amountFen: 1 }, { amountFen: -5 }] },
    })
      .then(() => undefined)
      .catch((e: { getResponse(): unknown; getStatus(): number }) => e);
    expect(error?.getStatus()).toBe(400);
    expect(error?.getResponse()).toEqual({
      statusCode: 400,
      error: 'BAD_REQUEST',
      message: expect.stringContaining('content.applicant.name, content.claims[1].amountFen'),
      violations: [
        { field: 'content.applicant.name', description: 'name should not be empty' },
        { field: 'content.claims[1].amountFen', description: 'amountFen must not be less than 0' },
      ],
    });
  });

  it('refuses fields the DTO does not know rather than dropping them', async () => {
    const error = await validate({ content: { applicant: { name: '张三', role: 'admin' }, claims: [] } }).catch(
      (e: { getResponse(): { violations: unknown } }) => e.getResponse().violations,
    );
    expect(error).toEqual([{ field: 'content.applicant.role', description: 'property role should not exist' }]);
  });

  it('hands the handler an instance of the DTO', async () => {
    const body = await validate({ content: { applicant: { name: '张三' }, claims: [{ amountFen: 100 }] } });
    expect(body.content.claims[0]).toBeInstanceOf(Claim);
  });
});
