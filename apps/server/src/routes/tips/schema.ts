import { z } from 'zod';

export const TIP_STATUSES = ['new', 'in_review', 'closed'] as const;
const message = z.string().trim().min(10, 'say what happened (at least 10 characters)').max(20000);
const code = z
  .string()
  .trim()
  .regex(
    /^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/,
    'expected the follow-up code you were given, like ABCD-EFGH-JKLM-NPQR-STUV',
  );

export const submitTipBody = z.object({ message });
export const followUpBody = z.object({ code });
export const tipReplyBody = z.object({ code, message });
export const officeReplyBody = z.object({
  message: z.string().trim().min(1, 'is empty').max(20000),
});
export const tipUpdateBody = z.object({ status: z.enum(TIP_STATUSES) });
export const tipIdParams = z.object({ id: z.string().min(1).max(100) });

export const tipMessage = z.object({
  author: z.enum(['tipster', 'office']),
  body: z.string(),
  on: z.string(),
});
export const tipSubmitted = z.object({ followUpCode: z.string(), note: z.string() });
export const tipThread = z.object({
  status: z.enum(TIP_STATUSES),
  submittedOn: z.string(),
  messages: z.array(tipMessage),
});
export const tipOfficeView = tipThread.extend({ id: z.string() });
export const tipList = z.object({
  tips: z.array(tipOfficeView.omit({ messages: true }).extend({ messages: z.number() })),
});
