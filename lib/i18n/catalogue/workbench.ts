// The staff home page (to-dos), hand-offs and the inbox.
export const workbench = {
  fields: {
    handoffKind: '移交事项',
    receiverId: '接收人',
    handoffNote: '说明',
  },
} as const;
