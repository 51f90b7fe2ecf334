// Wire shapes of action items (API.md "Action item").
import { z } from "zod";
import {
  actionItemId,
  calendarDate,
  email,
  meetingId,
  memberId,
  memberRef,
  paginationQuery,
  segmentId,
  timestamp,
} from "@/lib/http/wire-schemas";

export const ACTION_ITEM_STATUSES = ["open", "done", "cancelled"] as const;

const actionItemStatus = z
  .enum(ACTION_ITEM_STATUSES)
  .meta({ description: "`done` completes the item (sets `completed_at`); `open` reopens it." });

export const ACTION_ITEM_EXAMPLE = {
  id: "act_1f2e3d4c5b6a79880a1b2c3d",
  meeting_id: "mtg_3f9c2a7e51b04d8a9e6c1f27",
  text: "Send the revised pricing sheet to Northwind",
  status: "done",
  completed_at: "2026-11-25T10:14:00.000Z",
  assignee: { member_id: "mem_5b0e9d4c3a2f1e8d7c6b5a49", name: "Olivia Chen", email: "olivia@acme.test" },
  due_date: "2026-11-27",
  segment_id: "seg_2c4e6a8b0d1f3e5a7c9b1d3f",
  created_at: "2026-11-24T15:52:03.000Z",
  updated_at: "2026-11-25T10:14:00.000Z",
} as const;

export const actionItemSchema = z
  .strictObject({
    id: actionItemId,
    meeting_id: meetingId,
    text: z.string(),
    status: actionItemStatus,
    completed_at: timestamp
      .nullable()
      .meta({ description: "When the item was marked done; null unless `status` is `done`." }),
    assignee: memberRef.nullable(),
    due_date: calendarDate.nullable(),
    segment_id: segmentId.nullable().meta({ description: "The transcript segment the item came from." }),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: "ActionItem", examples: [ACTION_ITEM_EXAMPLE] });

export type ActionItemResource = z.infer<typeof actionItemSchema>;

const text = z
  .string()
  .trim()
  .min(1, { error: "Text cannot be empty." })
  .max(2_000)
  .meta({ example: "Send the revised pricing sheet to Northwind" });
const assignee = memberId.nullable().meta({ description: "The member responsible (`mem_...`)." });

export const createActionItemBody = z
  .strictObject({
    text,
    status: actionItemStatus.default("open"),
    assignee_member_id: assignee.optional(),
    due_date: calendarDate.nullable().optional(),
    segment_id: segmentId.nullable().optional().meta({ description: "A segment of this meeting's transcript." }),
  })
  .meta({ id: "CreateActionItem" });

export type CreateActionItemInput = z.output<typeof createActionItemBody>;

export const updateActionItemBody = z
  .strictObject({
    text: text.optional(),
    status: actionItemStatus.optional(),
    assignee_member_id: assignee.optional(),
    due_date: calendarDate.nullable().optional(),
  })
  .meta({ id: "UpdateActionItem", description: "Only the fields sent change; `null` clears assignee or due date." });

export type UpdateActionItemInput = z.output<typeof updateActionItemBody>;

export const listActionItemsQuery = z.strictObject({
  ...paginationQuery,
  meeting_id: meetingId.optional().meta({ description: "Only items from this meeting." }),
  status: actionItemStatus.optional(),
  assignee_email: email
    .optional()
    .meta({ description: "Only items assigned to the member with this email (case-insensitive)." }),
  due_after: calendarDate.optional().meta({ description: "Only items due on or after this date." }),
  due_before: calendarDate.optional().meta({ description: "Only items due before this date." }),
});

export type ListActionItemsQuery = z.output<typeof listActionItemsQuery>;
